import type { Locale } from './types';

/** Lithuanian. */
const lt: Locale = {
  tag: 'lt',
  name: 'lietuvių',
  dir: 'ltr',
  reviewed: false,
  plural: 'lithuanian',
  list: { separator: ', ', lastSeparator: ' arba ' },
  text: {
    heading: 'Jūsų naršyklė pasenusi',
    introOutdated: 'Netrukus dalis svetainės {site} šioje naršyklėje nebeveiks.',
    introUnsupported: 'Dalis svetainės {site} šioje naršyklėje gali jau dabar neveikti.',
    insecure: 'Ši naršyklė jūsų įrenginio sistemoje nebegauna saugos naujinimų.',
    update: 'Norime, kad galėtumėte toliau naudotis svetaine, todėl rekomenduojame naujausią naršyklės {browsers} versiją.',
    switch: 'Norime, kad galėtumėte toliau naudotis svetaine, todėl rekomenduojame pereiti prie naršyklės {browsers}.',
    updateOs: 'Jūsų įrenginio sistemai nebėra naršyklės, kuri dar gautų saugos naujinimus. Jei galite, atnaujinkite sistemą arba naudokite naujesnį įrenginį.',
    updateIos: 'Atnaujinkite įrenginio programinę įrangą įrenginio nustatymuose, programinės įrangos naujinimo skiltyje. Jei įrenginio atnaujinti neįmanoma, naudokite naujesnį.',
    updateMac: 'Jei galite, atnaujinkite savo „Mac“ operacinę sistemą (macOS) į naujesnę versiją arba naudokite naujesnį kompiuterį.',
    remember: [
      'Jei uždarysite šį pranešimą, šiame įrenginyje jis vėl nebus rodomas {days} dieną.',
      'Jei uždarysite šį pranešimą, šiame įrenginyje jis vėl nebus rodomas {days} dienas.',
      'Jei uždarysite šį pranešimą, šiame įrenginyje jis vėl nebus rodomas {days} dienų.',
    ],
    dismiss: 'Uždaryti',
  },
};

export default lt;
