import type { Locale } from './types';

/** Meänkieli (Tornedalen Finnish) — a national minority language of Sweden; draft wording, needs review by a native speaker. */
const fit: Locale = {
  tag: 'fit',
  name: 'meänkieli',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // not in CLDR; singular/plural like Finnish
  list: { separator: ', ', lastSeparator: ' tai ' },
  text: {
    heading: 'Sinun selain on vanha',
    intro: 'Kohta osa sivustosta {site} ei toimi tämän selaimen kans.',
    update: 'Met tahtoma ette sie saatat käyttää sivustoa eelleen, ja siksi met neuvoma sinua ottamhaan uusimman version: {browsers}.',
    switch: 'Met tahtoma ette sie saatat käyttää sivustoa eelleen, ja siksi met neuvoma sinua vaihtamhaan selainta: {browsers}.',
    updateOs: 'Sinun laitteen järjestelmä on liian vanha uuelle selaimelle. Päivitä järjestelmä jos sie saatat, tai käytä uuempaa laitetta.',
    remember: [
      'Met muistama sinun valinnan tällä laitteella {days} päivän.',
      'Met muistama sinun valinnan tällä laitteella {days} päivää.',
    ],
    dismiss: 'Sulje',
  },
};

export default fit;
