import type { Locale } from './types';

/** Finnish — a national minority language of Sweden, official in Finland. */
const fi: Locale = {
  tag: 'fi',
  name: 'suomi',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' tai ' },
  text: {
    heading: 'Selaimesi on vanhentunut',
    introOutdated: 'Pian osa sivustosta {site} ei enää toimi tällä selaimella.',
    introUnsupported: 'Osa sivustosta {site} ei ehkä toimi jo nyt tällä selaimella.',
    insecure: 'Tämä selain ei enää saa tietoturvapäivityksiä laitteesi käyttöjärjestelmässä.',
    update: 'Haluamme, että voit jatkossakin käyttää sivustoa, ja siksi suosittelemme selaimen {browsers} uusinta versiota.',
    switch: 'Haluamme, että voit jatkossakin käyttää sivustoa, ja siksi suosittelemme vaihtamaan selaimeen {browsers}.',
    updateOs: 'Laitteesi käyttöjärjestelmään ei ole enää selainta, joka saisi vielä tietoturvapäivityksiä. Päivitä käyttöjärjestelmä, jos voit, tai käytä uudempaa laitetta.',
    updateIos: 'Päivitä laitteen ohjelmisto kohdassa Asetukset › Yleiset › Ohjelmistopäivitys. Jos laitetta ei voi päivittää, käytä uudempaa laitetta.',
    updateMac: 'Päivitä Macisi käyttöjärjestelmä (macOS) uudempaan versioon, jos voit, tai käytä uudempaa tietokonetta.',
    remember: [
      'Jos suljet tämän ilmoituksen, sitä ei näytetä tällä laitteella uudelleen {days} päivään.',
      'Jos suljet tämän ilmoituksen, sitä ei näytetä tällä laitteella uudelleen {days} päivään.',
    ],
    dismiss: 'Sulje',
  },
};

export default fi;
