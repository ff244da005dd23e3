import type { Locale } from './types';

/** Croatian. */
const hr: Locale = {
  tag: 'hr',
  name: 'hrvatski',
  dir: 'ltr',
  reviewed: false,
  plural: 'slavic',
  list: { separator: ', ', lastSeparator: ' ili ' },
  text: {
    heading: 'Vaš preglednik je zastario',
    intro: 'Uskoro neki dijelovi web-stranice {site} u njemu više neće raditi.',
    update: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo ažuriranje na najnoviju verziju: {browsers}.',
    switch: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo prelazak na preglednik {browsers}.',
    updateOs: 'Sustav na vašem uređaju prestar je za suvremeni preglednik. Ako možete, ažurirajte sustav ili upotrijebite noviji uređaj.',
    remember: [
      'Vaš ćemo odabir na ovom uređaju pamtiti {days} dan.',
      'Vaš ćemo odabir na ovom uređaju pamtiti {days} dana.',
      'Vaš ćemo odabir na ovom uređaju pamtiti {days} dana.',
    ],
    dismiss: 'Zatvori',
  },
};

export default hr;
