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
    introOutdated: 'Varki muvhth bielieh nedtesijjeste {site} eah vielie daennie nedtelohkijisnie barkh.',
    introUnsupported: 'Maehtieh muvhth bielieh nedtesijjeste {site} daelie juo eah daennie nedtelohkijisnie barkh.',
    insecure: 'Daate nedtelohkije ij vielie jearsoesvoeten orrestimmieh åadtjoeh dov dïrregen vuekesne.',
    update: 'Mijjieh sïjhtebe datne maahtah nedtesijjiem nuhtjedh, jïh dan åvteste mijjieh raerieh nedtelohkijen {browsers} orremes versjovnem.',
    switch: 'Mijjieh sïjhtebe datne maahtah nedtesijjiem nuhtjedh, jïh dan åvteste mijjieh raerieh jeatjah nedtelohkijem nuhtjedh: {browsers}.',
    updateOs: 'Dov dïrregen vuekien åvteste ij leah naan nedtelohkije mij annje jearsoesvoeten orrestimmieh åådtje. Orresth vuekiem jis maahtah, jallh nuhtjh orrebe dïrregem.',
    updateIos: 'Orresth dov dïrregen prograamh dïrregen nænnoestimmine, prograamaorrestimmien vuelelisnie. Jis ij maehtieh dam orrestidh, nuhtjh orrebe dïrregem.',
    updateMac: 'Orresth dov Mac-datovren vuekiem (macOS) orrebe versjovnese jis maahtah, jallh nuhtjh orrebe datovrem.',
    remember: [
      'Jis datne daam bïevnesem steegkh, dle ij daennie dïrregisnie {days} biejjiem vuesiehtovvh.',
      'Jis datne daam bïevnesem steegkh, dle ij daennie dïrregisnie {days} biejjieh vuesiehtovvh.',
      'Jis datne daam bïevnesem steegkh, dle ij daennie dïrregisnie {days} biejjieh vuesiehtovvh.',
    ],
    dismiss: 'Steegkh',
  },
};

export default sma;
