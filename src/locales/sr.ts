import type { Locale } from './types';

/** Serbian (Cyrillic script). */
const sr: Locale = {
  tag: 'sr',
  name: 'српски',
  dir: 'ltr',
  reviewed: false,
  plural: 'slavic',
  list: { separator: ', ', lastSeparator: ' или ' },
  text: {
    heading: 'Ваш прегледач је застарео',
    introOutdated: 'Ускоро неки делови сајта {site} у њему више неће радити.',
    introUnsupported: 'Неки делови сајта {site} у њему можда већ сада не раде.',
    update: 'Желимо да и даље можете да користите сајт, па вам препоручујемо најновију верзију прегледача {browsers}.',
    switch: 'Желимо да и даље можете да користите сајт, па вам препоручујемо да пређете на прегледач {browsers}.',
    updateOs: 'За систем на вашем уређају више нема прегледача који и даље добија безбедносна ажурирања. Ако можете, ажурирајте систем или користите новији уређај.',
    remember: [
      'Ако затворите ово обавештење, на овом уређају се неће поново приказати {days} дан.',
      'Ако затворите ово обавештење, на овом уређају се неће поново приказати {days} дана.',
      'Ако затворите ово обавештење, на овом уређају се неће поново приказати {days} дана.',
    ],
    dismiss: 'Затвори',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/sr/firefox/new/',
    chrome: 'https://www.google.com/intl/sr/chrome/',
  },
};

export default sr;
