import type { Locale } from './types';

/** Romani (Romani chib: Vlax, Kalderash-leaning; `maj` spelled one way; future with `ka` + present) — a national minority language of Sweden; draft wording, needs review by a native speaker. */
const rom: Locale = {
  tag: 'rom',
  name: 'romani čhib',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // not in CLDR; Romani nouns have singular and plural
  list: { separator: ', ', lastSeparator: ' vaj ' },
  text: {
    heading: 'Tiro brauzèri si phurano',
    introOutdated: 'Sigo uni kotora anda o sajto {site} či maj kerena buti ande kado brauzèri.',
    introUnsupported: 'Šaj te uni kotora anda o sajto {site} vi akana či maj keren buti ande kado brauzèri.',
    insecure: 'Kado brauzèri či maj lel nevimata vaš o arakhipe pe o sistemo ande tiro aparato.',
    update: 'Kamas te šaj maj labares o sajto, vaš kodo das tuke gođi te thoves e maj nevi versia katar o brauzèri {browsers}.',
    switch: 'Kamas te šaj maj labares o sajto, vaš kodo das tuke gođi te les aver brauzèri: {browsers}.',
    updateOs: 'Pe o sistemo ande tiro aparato naj maj nisavo brauzèri kaj maj lel nevimata vaš o arakhipe. Nevar o sistemo te šaj, vaj labar jekh maj nevo aparato.',
    updateIos: 'Nevar o softveri pe tiro aparato ande lesqe setàrea, kaj o nevipe e softverosqo. Te naštik nevardol, labar jekh maj nevo aparato.',
    updateMac: 'Te šaj, nevar o operativno sistemo pe tiro Mac (macOS) ke jekh maj nevi versia, vaj labar jekh maj nevo kompjuteri.',
    remember: [
      'Te phandes kado mesajo, na ka sikavdol palem pe kado aparato {days} đes.',
      'Te phandes kado mesajo, na ka sikavdol palem pe kado aparato {days} đesa.',
    ],
    dismiss: 'Phand',
  },
};

export default rom;
