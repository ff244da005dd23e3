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
    intro: 'Pian osa sivustosta {site} ei enää toimi tällä selaimella.',
    update: 'Haluamme, että voit jatkossakin käyttää sivustoa, ja siksi suosittelemme päivittämään selaimen uusimpaan versioon: {browsers}.',
    switch: 'Haluamme, että voit jatkossakin käyttää sivustoa, ja siksi suosittelemme vaihtamaan selaimeen {browsers}.',
    updateOs: 'Laitteesi käyttöjärjestelmä on liian vanha ajantasaiselle selaimelle. Päivitä käyttöjärjestelmä, jos voit, tai käytä uudempaa laitetta.',
    remember: [
      'Muistamme valintasi tällä laitteella {days} päivän ajan.',
      'Muistamme valintasi tällä laitteella {days} päivän ajan.',
    ],
    dismiss: 'Sulje',
  },
};

export default fi;
