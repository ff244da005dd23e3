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
    introOutdated: 'Wkrótce niektóre części serwisu {site} przestaną w niej działać.',
    introUnsupported: 'Niektóre części serwisu {site} mogą już teraz w niej nie działać.',
    insecure: 'Ta przeglądarka nie otrzymuje już poprawek bezpieczeństwa w systemie Twojego urządzenia.',
    update: 'Aby dalej korzystać z serwisu, zainstaluj najnowszą wersję przeglądarki {browsers}.',
    switch: 'Aby dalej korzystać z serwisu, przejdź na przeglądarkę {browsers}.',
    updateOs: 'Żadna przeglądarka, która nadal otrzymuje poprawki bezpieczeństwa, nie działa już w systemie Twojego urządzenia. Zaktualizuj system, jeśli to możliwe, albo użyj nowszego urządzenia.',
    updateIos: 'Zaktualizuj oprogramowanie urządzenia w sekcji Ustawienia › Ogólne › Uaktualnienia. Jeśli nie da się go zaktualizować, użyj nowszego urządzenia.',
    updateMac: 'Zaktualizuj system operacyjny swojego Maca (macOS) do nowszej wersji, jeśli to możliwe, albo użyj nowszego komputera.',
    remember: [
      'Jeśli zamkniesz ten komunikat, nie pojawi się on ponownie na tym urządzeniu przez {days} dzień.',
      'Jeśli zamkniesz ten komunikat, nie pojawi się on ponownie na tym urządzeniu przez {days} dni.',
      'Jeśli zamkniesz ten komunikat, nie pojawi się on ponownie na tym urządzeniu przez {days} dni.',
    ],
    dismiss: 'Zamknij',
  },
};

export default pl;
