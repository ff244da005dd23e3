import type { Locale } from './types';

/** Russian. */
const ru: Locale = {
  tag: 'ru',
  name: 'русский',
  dir: 'ltr',
  reviewed: false,
  plural: 'slavic',
  list: { separator: ', ', lastSeparator: ' или ' },
  text: {
    heading: 'Ваш браузер устарел',
    intro: 'Скоро некоторые разделы сайта {site} перестанут в нём работать.',
    update: 'Мы хотим, чтобы вы могли и дальше пользоваться сайтом, поэтому рекомендуем обновить браузер до последней версии: {browsers}.',
    switch: 'Мы хотим, чтобы вы могли и дальше пользоваться сайтом, поэтому рекомендуем перейти на браузер {browsers}.',
    updateOs: 'Система на вашем устройстве слишком старая для современного браузера. Если можете, обновите систему или воспользуйтесь более новым устройством.',
    remember: [
      'Мы запомним ваш выбор на этом устройстве на {days} день.',
      'Мы запомним ваш выбор на этом устройстве на {days} дня.',
      'Мы запомним ваш выбор на этом устройстве на {days} дней.',
    ],
    dismiss: 'Закрыть',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/ru/firefox/new/',
    chrome: 'https://www.google.com/intl/ru/chrome/',
    edge: 'https://www.microsoft.com/ru-ru/edge/download',
  },
};

export default ru;
