import type { Locale } from './types';

/** Maltese. */
const mt: Locale = {
  tag: 'mt',
  name: 'Malti',
  dir: 'ltr',
  reviewed: false,
  plural: 'maltese', // two is the dual "jumejn", without the digit
  list: { separator: ', ', lastSeparator: ' jew ' },
  text: {
    heading: "Il-brawżer tiegħek m'għadux aġġornat",
    introOutdated: "Dalwaqt xi partijiet tas-sit {site} mhux se jibqgħu jaħdmu f'dan il-brawżer.",
    introUnsupported: "Jista' jkun li xi partijiet tas-sit {site} diġà ma jaħdmux f'dan il-brawżer.",
    insecure: "Dan il-brawżer m'għadux jirċievi aġġornamenti tas-sigurtà fuq is-sistema tal-apparat tiegħek.",
    update: "Nixtiequ li tkun tista' tibqa' tuża s-sit, għalhekk nirrakkomandaw li taġġorna għall-aħħar verżjoni ta' {browsers}.",
    switch: "Nixtiequ li tkun tista' tibqa' tuża s-sit, għalhekk nirrakkomandaw li taqleb għal {browsers}.",
    updateOs: "M'hemm l-ebda brawżer li għadu jirċievi aġġornamenti tas-sigurtà għas-sistema tal-apparat tiegħek. Aġġorna s-sistema jekk tista', jew uża apparat aktar ġdid.",
    updateIos: 'Aġġorna s-softwer tal-apparat tiegħek fis-settings tal-apparat, taħt l-aġġornament tas-softwer. Jekk ma jistax jiġi aġġornat, uża apparat aktar ġdid.',
    updateMac: "Aġġorna s-sistema operattiva tal-Mac tiegħek (macOS) għal verżjoni aktar ġdida jekk tista', jew uża kompjuter aktar ġdid.",
    remember: [
      'Jekk tagħlaq dan l-avviż, ma jerġax jidher fuq dan l-apparat għal {days} jum.',
      'Jekk tagħlaq dan l-avviż, ma jerġax jidher fuq dan l-apparat għal jumejn.',
      'Jekk tagħlaq dan l-avviż, ma jerġax jidher fuq dan l-apparat għal {days} ijiem.',
      'Jekk tagħlaq dan l-avviż, ma jerġax jidher fuq dan l-apparat għal {days}-il jum.',
      'Jekk tagħlaq dan l-avviż, ma jerġax jidher fuq dan l-apparat għal {days} jum.',
    ],
    dismiss: 'Agħlaq',
  },
};

export default mt;
