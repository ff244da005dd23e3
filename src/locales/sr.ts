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
    intro: 'Ускоро неки делови сајта {site} у њему више неће радити.',
    update: 'Желимо да и даље можете да користите сајт, па вам препоручујемо да ажурирате прегледач на најновију верзију: {browsers}.',
    switch: 'Желимо да и даље можете да користите сајт, па вам препоручујемо да пређете на прегледач {browsers}.',
    updateOs: 'Систем на вашем уређају је превише стар за савремени прегледач. Ако можете, ажурирајте систем или користите новији уређај.',
    remember: [
      'Ваш избор ћемо на овом уређају памтити {days} дан.',
      'Ваш избор ћемо на овом уређају памтити {days} дана.',
      'Ваш избор ћемо на овом уређају памтити {days} дана.',
    ],
    dismiss: 'Затвори',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/sr/firefox/new/',
    chrome: 'https://www.google.com/intl/sr/chrome/',
  },
};

export default sr;
