import type { Locale } from './types';

/** Romani (Romani chib, Kalderash-leaning) — a national minority language of Sweden; draft wording, needs review by a native speaker. */
const rom: Locale = {
  tag: 'rom',
  name: 'romani čhib',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // not in CLDR; Romani nouns have singular and plural
  list: { separator: ', ', lastSeparator: ' vaj ' },
  text: {
    heading: 'Tiro brauzèri si phurano',
    intro: 'Sigo uni kotora anda o sajto {site} či mai kerena buti ande kado brauzèri.',
    update: 'Kamas te šaj mai labares o sajto, vaš kodo das tuke gođi te thoves e maj nevi versia: {browsers}.',
    switch: 'Kamas te šaj mai labares o sajto, vaš kodo das tuke gođi te les aver brauzèri: {browsers}.',
    updateOs: 'O sistemo ande tiro aparato si prea phurano vaš jekh nevo brauzèri. Nevar o sistemo te šaj, vaj labar jekh maj nevo aparato.',
    remember: [
      'Ka ripirdas tiro alosaripe pe kado aparato {days} đes.',
      'Ka ripirdas tiro alosaripe pe kado aparato {days} đesa.',
    ],
    dismiss: 'Phand',
  },
};

export default rom;
