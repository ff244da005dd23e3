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
    intro: 'Netrukus dalis svetainės {site} šioje naršyklėje nebeveiks.',
    update: 'Norime, kad galėtumėte toliau naudotis svetaine, todėl rekomenduojame atnaujinti naršyklę iki naujausios versijos: {browsers}.',
    switch: 'Norime, kad galėtumėte toliau naudotis svetaine, todėl rekomenduojame pereiti prie naršyklės {browsers}.',
    updateOs: 'Jūsų įrenginio sistema per sena šiuolaikinei naršyklei. Jei galite, atnaujinkite sistemą arba naudokite naujesnį įrenginį.',
    remember: [
      'Jūsų pasirinkimą šiame įrenginyje prisiminsime {days} dieną.',
      'Jūsų pasirinkimą šiame įrenginyje prisiminsime {days} dienas.',
      'Jūsų pasirinkimą šiame įrenginyje prisiminsime {days} dienų.',
    ],
    dismiss: 'Uždaryti',
  },
};

export default lt;
