import type { Locale } from './types';

/** Bosnian (Latin script). */
const bs: Locale = {
  tag: 'bs',
  name: 'bosanski',
  dir: 'ltr',
  reviewed: false,
  plural: 'slavic',
  list: { separator: ', ', lastSeparator: ' ili ' },
  text: {
    heading: 'Vaš preglednik je zastario',
    intro: 'Uskoro neki dijelovi web-stranice {site} u njemu više neće raditi.',
    update: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo ažuriranje na najnoviju verziju: {browsers}.',
    switch: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo prelazak na preglednik {browsers}.',
    updateOs: 'Sistem na vašem uređaju je prestar za savremeni preglednik. Ako možete, ažurirajte sistem ili koristite noviji uređaj.',
    remember: [
      'Vaš izbor ćemo na ovom uređaju pamtiti {days} dan.',
      'Vaš izbor ćemo na ovom uređaju pamtiti {days} dana.',
      'Vaš izbor ćemo na ovom uređaju pamtiti {days} dana.',
    ],
    dismiss: 'Zatvori',
  },
};

export default bs;
