import type { Locale } from './types';

/** Estonian. */
const et: Locale = {
  tag: 'et',
  name: 'eesti',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' või ' },
  text: {
    heading: 'Sinu veebilehitseja on aegunud',
    introOutdated: 'Peagi ei tööta osa veebisaidist {site} selles veebilehitsejas enam.',
    introUnsupported: 'Osa veebisaidist {site} ei pruugi selles veebilehitsejas juba praegu töötada.',
    insecure: 'See veebilehitseja ei saa sinu seadme süsteemis enam turvauuendusi.',
    update: 'Soovime, et saaksid veebisaiti edasi kasutada, ja soovitame seepärast veebilehitseja {browsers} uusimat versiooni.',
    switch: 'Soovime, et saaksid veebisaiti edasi kasutada, ja soovitame seepärast võtta kasutusele veebilehitseja {browsers}.',
    updateOs: 'Sinu seadme süsteemile pole enam ühtegi veebilehitsejat, mis saaks veel turvauuendusi. Uuenda süsteemi, kui saad, või kasuta uuemat seadet.',
    updateIos: 'Uuenda seadme tarkvara seadme seadetes tarkvarauuenduste all. Kui seadet ei saa uuendada, kasuta uuemat seadet.',
    updateMac: 'Uuenda oma Maci operatsioonisüsteem (macOS) uuemale versioonile, kui saad, või kasuta uuemat arvutit.',
    remember: [
      'Kui sulged selle teate, ei näidata seda selles seadmes {days} päeva jooksul uuesti.',
      'Kui sulged selle teate, ei näidata seda selles seadmes {days} päeva jooksul uuesti.',
    ],
    dismiss: 'Sulge',
  },
};

export default et;
