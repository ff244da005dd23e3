import type { Locale } from './types';

/** Ukrainian. */
const uk: Locale = {
  tag: 'uk',
  name: 'українська',
  dir: 'ltr',
  reviewed: false,
  plural: 'slavic',
  list: { separator: ', ', lastSeparator: ' або ' },
  text: {
    heading: 'Ваш браузер застарів',
    intro: 'Незабаром деякі розділи сайту {site} перестануть у ньому працювати.',
    update: 'Ми хочемо, щоб ви могли й надалі користуватися сайтом, тому радимо оновити браузер до останньої версії: {browsers}.',
    switch: 'Ми хочемо, щоб ви могли й надалі користуватися сайтом, тому радимо перейти на браузер {browsers}.',
    updateOs: 'Система на вашому пристрої занадто стара для сучасного браузера. Якщо можете, оновіть систему або скористайтеся новішим пристроєм.',
    remember: [
      'Ми запам’ятаємо ваш вибір на цьому пристрої на {days} день.',
      'Ми запам’ятаємо ваш вибір на цьому пристрої на {days} дні.',
      'Ми запам’ятаємо ваш вибір на цьому пристрої на {days} днів.',
    ],
    dismiss: 'Закрити',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/uk/firefox/new/',
    chrome: 'https://www.google.com/intl/uk/chrome/',
    edge: 'https://www.microsoft.com/uk-ua/edge/download',
  },
};

export default uk;
