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
    intro: 'Di demeke nêzîk de hin beşên malpera {site} dê êdî di vê gerokê de nexebitin.',
    update: 'Em dixwazin ku hûn karibin malperê bi kar bînin, lewma em pêşniyar dikin ku hûn guhertoya herî nû ya {browsers} saz bikin.',
    switch: 'Em dixwazin ku hûn karibin malperê bi kar bînin, lewma em pêşniyar dikin ku hûn derbasî {browsers} bibin.',
    updateOs: 'Pergala amûra we ji bo gerokeke nûjen pir kevn e. Heke hûn dikarin pergalê nû bikin, an jî amûreke nûtir bi kar bînin.',
    remember: [
      'Em ê hilbijartina we li ser vê amûrê ji bo {days} rojê bi bîr bînin.',
      'Em ê hilbijartina we li ser vê amûrê ji bo {days} rojan bi bîr bînin.',
    ],
    dismiss: 'Bigire',
  },
};

export default kmr;
