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
    introOutdated: 'Незабаром деякі розділи сайту {site} перестануть у ньому працювати.',
    introUnsupported: 'Деякі розділи сайту {site} можуть уже зараз у ньому не працювати.',
    update: 'Щоб і надалі користуватися сайтом, встановіть останню версію браузера {browsers}.',
    switch: 'Щоб і надалі користуватися сайтом, перейдіть на браузер {browsers}.',
    updateOs: 'Для системи на вашому пристрої більше немає браузерів, які отримують оновлення безпеки. Якщо можете, оновіть систему або скористайтеся новішим пристроєм.',
    remember: [
      'Якщо ви закриєте це повідомлення, воно не з’являтиметься на цьому пристрої {days} день.',
      'Якщо ви закриєте це повідомлення, воно не з’являтиметься на цьому пристрої {days} дні.',
      'Якщо ви закриєте це повідомлення, воно не з’являтиметься на цьому пристрої {days} днів.',
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
