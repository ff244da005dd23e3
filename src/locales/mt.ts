import type { Locale } from './types';

/** Maltese. */
const mt: Locale = {
  tag: 'mt',
  name: 'Malti',
  dir: 'ltr',
  reviewed: false,
  plural: 'maltese',
  list: { separator: ', ', lastSeparator: ' jew ' },
  text: {
    heading: "Il-brawżer tiegħek m'għadux aġġornat",
    intro: "Dalwaqt xi partijiet tas-sit {site} mhux se jibqgħu jaħdmu f'dan il-brawżer.",
    update: "Nixtiequ li tkun tista' tibqa' tuża s-sit, għalhekk nirrakkomandaw li taġġorna għall-aħħar verżjoni ta' {browsers}.",
    switch: "Nixtiequ li tkun tista' tibqa' tuża s-sit, għalhekk nirrakkomandaw li taqleb għal {browsers}.",
    updateOs: "Is-sistema tal-apparat tiegħek hija qadima wisq għal brawżer kurrenti. Aġġorna s-sistema jekk tista', jew uża apparat aktar ġdid.",
    remember: [
      'Se niftakru l-għażla tiegħek fuq dan l-apparat għal {days} jum.',
      'Se niftakru l-għażla tiegħek fuq dan l-apparat għal {days} ijiem.',
      'Se niftakru l-għażla tiegħek fuq dan l-apparat għal {days} ijiem.',
      'Se niftakru l-għażla tiegħek fuq dan l-apparat għal {days}-il jum.',
      'Se niftakru l-għażla tiegħek fuq dan l-apparat għal {days} jum.',
    ],
    dismiss: 'Agħlaq',
  },
};

export default mt;
