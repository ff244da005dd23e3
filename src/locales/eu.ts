import type { Locale } from './types';

/** Basque — co-official in the Basque Country and Navarre. */
const eu: Locale = {
  tag: 'eu',
  name: 'euskara',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR eu: one (1), other; the noun stays singular after a number
  list: { separator: ', ', lastSeparator: ' edo ' },
  text: {
    heading: 'Zure nabigatzailea zaharkituta dago',
    introOutdated: 'Laster, {site} webguneko zenbait atalek ez dute funtzionatuko nabigatzaile honetan.',
    introUnsupported: 'Baliteke {site} webguneko zenbait atalek dagoeneko ez funtzionatzea nabigatzaile honetan.',
    insecure: 'Nabigatzaile honek ez du jada segurtasun-eguneratzerik jasotzen zure gailuaren sisteman.',
    update: 'Webgunea erabiltzen jarraitu ahal izateko, {browsers} nabigatzailearen azken bertsioa instalatzea gomendatzen dizugu.',
    switch: 'Webgunea erabiltzen jarraitu ahal izateko, {browsers} erabiltzea gomendatzen dizugu.',
    updateOs: 'Zure gailuaren sisteman ez dabil jada segurtasun-eguneratzeak jasotzen dituen nabigatzailerik. Eguneratu sistema ahal baduzu, edo erabili gailu berriago bat.',
    updateIos: 'Eguneratu gailuaren softwarea gailuaren ezarpenetan, softwarea eguneratzeko atalean. Ezin bada eguneratu, erabili gailu berriago bat.',
    updateMac: 'Eguneratu zure Mac-aren sistema eragilea (macOS) bertsio berriago batera ahal baduzu, edo erabili ordenagailu berriago bat.',
    remember: [
      'Ohar hau ixten baduzu, ez da berriro agertuko gailu honetan {days} egunez.',
      'Ohar hau ixten baduzu, ez da berriro agertuko gailu honetan {days} egunez.',
    ],
    dismiss: 'Itxi',
  },
};

export default eu;
