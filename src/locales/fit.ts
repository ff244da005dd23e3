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
    introOutdated: 'Kohta osa sivustosta {site} ei toimi tämän selaimen kans.',
    introUnsupported: 'Osa sivustosta {site} ei ehkä toimi jo nyt tämän selaimen kans.',
    insecure: 'Tämä selain ei saa enää tietoturvapäivityksiä sinun laitteen järjestelmässä.',
    update: 'Met tahtoma ette sie saatat käyttää sivustoa eelleen, ja siksi met neuvoma sinua ottamhaan selaimen {browsers} uusimman version.',
    switch: 'Met tahtoma ette sie saatat käyttää sivustoa eelleen, ja siksi met neuvoma sinua vaihtamhaan selainta: {browsers}.',
    updateOs: 'Sinun laitteen järjestelmälle ei ole enää selainta, joka saapi vielä tietoturvapäivityksiä. Päivitä järjestelmä, jos sie saatat, tai käytä uuempaa laitetta.',
    updateIos: 'Päivitä laitteen ohjelmisto laitteen asetuksissa, ohjelmistopäivityksen kohalla. Jos laitetta ei saata päivittää, käytä uuempaa laitetta.',
    updateMac: 'Päivitä Macin käyttöjärjestelmä (macOS) uuempaan versiohon, jos sie saatat, tai käytä uuempaa tietokonetta.',
    remember: [
      'Jos sie suljet tämän ilmoituksen, sitä ei näytetä tällä laitteella {days} päivän aikana.',
      'Jos sie suljet tämän ilmoituksen, sitä ei näytetä tällä laitteella {days} päivän aikana.',
    ],
    dismiss: 'Sulje',
  },
};

export default fit;
