import type { Locale } from './types';

/** Swedish — the seed site's language and the fallback for Swedish pages. */
const sv: Locale = {
  tag: 'sv',
  name: 'svenska',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' eller ' },
  text: {
    heading: 'Din webbläsare är gammal',
    intro: 'Snart kommer en del av {site} inte att fungera med den.',
    update: 'Vi vill gärna att du kan fortsätta använda webbplatsen och rekommenderar att du uppdaterar till senaste versionen av {browsers}.',
    switch: 'Vi vill gärna att du kan fortsätta använda webbplatsen och rekommenderar att du byter till {browsers}.',
    updateOs: 'Systemet på din enhet är för gammalt för en aktuell webbläsare. Uppdatera systemet om det går, eller använd en nyare enhet.',
    remember: [
      'Vi kommer ihåg ditt val på den här enheten i {days} dag.',
      'Vi kommer ihåg ditt val på den här enheten i {days} dagar.',
    ],
    dismiss: 'Stäng',
  },
};

export default sv;
