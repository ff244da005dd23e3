import type { Locale } from './types';

/** Bulgarian. */
const bg: Locale = {
  tag: 'bg',
  name: 'български',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' или ' },
  text: {
    heading: 'Вашият браузър е остарял',
    intro: 'Скоро някои части от сайта {site} няма да работят в него.',
    update: 'Искаме да можете да продължите да използвате сайта, затова ви препоръчваме да обновите до най-новата версия на {browsers}.',
    switch: 'Искаме да можете да продължите да използвате сайта, затова ви препоръчваме да преминете към {browsers}.',
    updateOs: 'Системата на вашето устройство е твърде стара за съвременен браузър. Обновете системата, ако можете, или използвайте по-ново устройство.',
    remember: [
      'Ще запомним избора ви на това устройство за {days} ден.',
      'Ще запомним избора ви на това устройство за {days} дни.',
    ],
    dismiss: 'Затвори',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/bg/firefox/new/',
    chrome: 'https://www.google.com/intl/bg/chrome/',
    edge: 'https://www.microsoft.com/bg-bg/edge/download',
  },
};

export default bg;
