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
    introOutdated: 'Скоро някои части от сайта {site} няма да работят в него.',
    introUnsupported: 'Някои части от сайта {site} може вече да не работят в него.',
    update: 'Искаме да можете да продължите да използвате сайта, затова ви препоръчваме да обновите до най-новата версия на {browsers}.',
    switch: 'Искаме да можете да продължите да използвате сайта, затова ви препоръчваме да преминете към {browsers}.',
    updateOs: 'За системата на вашето устройство вече няма браузър, който да получава актуализации за сигурност. Обновете системата, ако можете, или използвайте по-ново устройство.',
    remember: [
      'Ако затворите това съобщение, то няма да се показва на това устройство {days} ден.',
      'Ако затворите това съобщение, то няма да се показва на това устройство {days} дни.',
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
