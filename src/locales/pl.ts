import type { Locale } from './types';

/** Polish. */
const pl: Locale = {
  tag: 'pl',
  name: 'polski',
  dir: 'ltr',
  reviewed: false,
  plural: 'polish',
  list: { separator: ', ', lastSeparator: ' lub ' },
  text: {
    heading: 'Twoja przeglądarka jest nieaktualna',
    intro: 'Wkrótce niektóre części serwisu {site} przestaną w niej działać.',
    update: 'Chcemy, aby można było dalej korzystać z serwisu, dlatego zalecamy aktualizację przeglądarki do najnowszej wersji: {browsers}.',
    switch: 'Chcemy, aby można było dalej korzystać z serwisu, dlatego zalecamy przejście na przeglądarkę {browsers}.',
    updateOs: 'System na Twoim urządzeniu jest zbyt stary dla aktualnej przeglądarki. Zaktualizuj system, jeśli to możliwe, albo użyj nowszego urządzenia.',
    remember: [
      'Zapamiętamy Twój wybór na tym urządzeniu na {days} dzień.',
      'Zapamiętamy Twój wybór na tym urządzeniu na {days} dni.',
      'Zapamiętamy Twój wybór na tym urządzeniu na {days} dni.',
    ],
    dismiss: 'Zamknij',
  },
};

export default pl;
