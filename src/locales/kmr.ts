import type { Locale } from './types';

/** Northern Kurdish (Kurmanji, Latin script); draft wording, needs review by a native speaker. */
const kmr: Locale = {
  tag: 'kmr',
  name: 'kurdî (kurmancî)',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR ku: one (1), other
  list: { separator: ', ', lastSeparator: ' an ' },
  text: {
    heading: 'Geroka we kevn bûye',
    introOutdated: 'Di demeke nêzîk de hin beşên malpera {site} dê êdî di vê gerokê de nexebitin.',
    introUnsupported: 'Dibe ku hin beşên malpera {site} niha jî di vê gerokê de nexebitin.',
    insecure: 'Ev gerok êdî li ser pergala amûra we nûvekirinên ewlehiyê nastîne.',
    update: 'Em dixwazin ku hûn bikaribin malperê berdewam bi kar bînin, lewma em pêşniyar dikin ku hûn guhertoya herî nû ya {browsers} saz bikin.',
    switch: 'Em dixwazin ku hûn bikaribin malperê berdewam bi kar bînin, lewma em pêşniyar dikin ku hûn derbasî {browsers} bibin.',
    updateOs: 'Êdî tu gerokeke ku hê nûvekirinên ewlehiyê distîne li ser pergala amûra we naxebite. Heke hûn dikarin, pergalê nû bikin, an jî amûreke nûtir bi kar bînin.',
    updateIos: 'Nermalava amûra xwe di mîhengên amûrê de, di beşa nûkirina nermalavê de, nû bikin. Heke nayê nûkirin, amûreke nûtir bi kar bînin.',
    updateMac: 'Heke hûn dikarin, pergala xebitandinê ya Mac a xwe (macOS) bi guhertoyeke nûtir nû bikin, an jî komputereke nûtir bi kar bînin.',
    remember: [
      'Heke hûn vê agahdariyê bigirin, ew ê {days} rojê li ser vê amûrê dîsa xuya nebe.',
      'Heke hûn vê agahdariyê bigirin, ew ê {days} rojan li ser vê amûrê dîsa xuya nebe.',
    ],
    dismiss: 'Bigire',
  },
};

export default kmr;
