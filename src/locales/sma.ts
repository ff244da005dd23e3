import type { Locale } from './types';

/** Southern Sami — a national minority language of Sweden; draft wording, needs review by a native speaker. */
const sma: Locale = {
  tag: 'sma',
  name: 'åarjelsaemien gïele',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-two-other',
  list: { separator: ', ', lastSeparator: ' jallh ' },
  text: {
    heading: 'Dov nedtelohkije lea båeries',
    intro: 'Varki muvhth bielieh nedtesijjeste {site} eah vielie daennie nedtelohkijisnie barkh.',
    update: 'Mijjieh sïjhtebe datne maahtah nedtesijjiem nuhtjedh, jïh dan åvteste mijjieh raerieh orrestidh dan orremes versjovnese: {browsers}.',
    switch: 'Mijjieh sïjhtebe datne maahtah nedtesijjiem nuhtjedh, jïh dan åvteste mijjieh raerieh jeatjah nedtelohkijem nuhtjedh: {browsers}.',
    updateOs: 'Dov dïrregen vuekie lea fer båeries orre nedtelohkijasse. Orresth vuekiem jis maahtah, jallh nuhtjh orrebe dïrregem.',
    remember: [
      'Mijjieh mujhtebe dov veeljemem daennie dïrregisnie {days} biejjiem.',
      'Mijjieh mujhtebe dov veeljemem daennie dïrregisnie {days} biejjieh.',
      'Mijjieh mujhtebe dov veeljemem daennie dïrregisnie {days} biejjieh.',
    ],
    dismiss: 'Steegkh',
  },
};

export default sma;
