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
    introOutdated: 'Скоро некоторые разделы сайта {site} перестанут в нём работать.',
    introUnsupported: 'Некоторые разделы сайта {site} могут уже сейчас в нём не работать.',
    update: 'Чтобы и дальше пользоваться сайтом, установите последнюю версию браузера {browsers}.',
    switch: 'Чтобы и дальше пользоваться сайтом, перейдите на браузер {browsers}.',
    updateOs: 'Для системы на вашем устройстве больше нет браузеров, которые получают обновления безопасности. Если можете, обновите систему или воспользуйтесь более новым устройством.',
    remember: [
      'Если вы закроете это сообщение, оно не будет показываться на этом устройстве {days} день.',
      'Если вы закроете это сообщение, оно не будет показываться на этом устройстве {days} дня.',
      'Если вы закроете это сообщение, оно не будет показываться на этом устройстве {days} дней.',
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
