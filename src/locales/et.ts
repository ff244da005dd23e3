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
    intro: 'Peagi ei tööta osa veebisaidist {site} selles veebilehitsejas enam.',
    update: 'Soovime, et saaksid veebisaiti edasi kasutada, ja soovitame seepärast uuendada veebilehitseja uusimale versioonile: {browsers}.',
    switch: 'Soovime, et saaksid veebisaiti edasi kasutada, ja soovitame seepärast võtta kasutusele veebilehitseja {browsers}.',
    updateOs: 'Sinu seadme süsteem on tänapäevase veebilehitseja jaoks liiga vana. Uuenda süsteemi, kui saad, või kasuta uuemat seadet.',
    remember: [
      'Jätame sinu valiku selles seadmes meelde {days} päevaks.',
      'Jätame sinu valiku selles seadmes meelde {days} päevaks.',
    ],
    dismiss: 'Sulge',
  },
};

export default et;
