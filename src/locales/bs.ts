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
    introOutdated: 'Uskoro neki dijelovi web-stranice {site} u njemu više neće raditi.',
    introUnsupported: 'Neki dijelovi web-stranice {site} u njemu možda već sada ne rade.',
    insecure: 'Ovaj preglednik više ne dobija sigurnosna ažuriranja za sistem na vašem uređaju.',
    update: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo najnoviju verziju preglednika {browsers}.',
    switch: 'Želimo da i dalje možete koristiti stranicu, pa vam preporučujemo prelazak na preglednik {browsers}.',
    updateOs: 'Za sistem na vašem uređaju više nema preglednika koji i dalje dobija sigurnosna ažuriranja. Ako možete, ažurirajte sistem ili koristite noviji uređaj.',
    updateIos: 'Ažurirajte softver uređaja u njegovim postavkama, u dijelu za ažuriranje softvera. Ako se uređaj ne može ažurirati, koristite noviji.',
    updateMac: 'Ako možete, ažurirajte operativni sistem svog Maca (macOS) na noviju verziju ili koristite noviji računar.',
    remember: [
      'Ako zatvorite ovo obavještenje, na ovom uređaju se neće ponovo prikazati {days} dan.',
      'Ako zatvorite ovo obavještenje, na ovom uređaju se neće ponovo prikazati {days} dana.',
      'Ako zatvorite ovo obavještenje, na ovom uređaju se neće ponovo prikazati {days} dana.',
    ],
    dismiss: 'Zatvori',
  },
};

export default bs;
