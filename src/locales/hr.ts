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
    introOutdated: 'Uskoro neki dijelovi web-stranice {site} u njemu više neće raditi.',
    introUnsupported: 'Neki dijelovi web-stranice {site} u njemu možda već sada ne rade.',
    insecure: 'Ovaj preglednik više ne dobiva sigurnosna ažuriranja za sustav na vašem uređaju.',
    update: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo najnoviju verziju preglednika {browsers}.',
    switch: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo prelazak na preglednik {browsers}.',
    updateOs: 'Za sustav na vašem uređaju više nema preglednika koji i dalje dobiva sigurnosna ažuriranja. Ako možete, ažurirajte sustav ili upotrijebite noviji uređaj.',
    updateIos: 'Ažurirajte softver uređaja u izborniku Postavke › Općenito › Aktualiziranje softvera. Ako se uređaj ne može ažurirati, upotrijebite noviji.',
    updateMac: 'Ako možete, ažurirajte operacijski sustav svog Maca (macOS) na noviju verziju ili upotrijebite noviji računalo.',
    remember: [
      'Ako zatvorite ovu obavijest, na ovom se uređaju neće ponovno prikazati {days} dan.',
      'Ako zatvorite ovu obavijest, na ovom se uređaju neće ponovno prikazati {days} dana.',
      'Ako zatvorite ovu obavijest, na ovom se uređaju neće ponovno prikazati {days} dana.',
    ],
    dismiss: 'Zatvori',
  },
};

export default hr;
