import type { Locale } from './types';

/** Romanian. */
const ro: Locale = {
  tag: 'ro',
  name: 'română',
  dir: 'ltr',
  reviewed: false,
  plural: 'romanian',
  list: { separator: ', ', lastSeparator: ' sau ' },
  text: {
    heading: 'Browserul dumneavoastră este învechit',
    intro: 'În curând, unele părți ale site-ului {site} nu vor mai funcționa în acest browser.',
    update: 'Dorim să puteți folosi în continuare site-ul, de aceea vă recomandăm să actualizați la cea mai recentă versiune a browserului {browsers}.',
    switch: 'Dorim să puteți folosi în continuare site-ul, de aceea vă recomandăm să treceți la {browsers}.',
    updateOs: 'Sistemul dispozitivului dumneavoastră este prea vechi pentru un browser actual. Actualizați sistemul dacă puteți sau folosiți un dispozitiv mai nou.',
    remember: [
      'Vom reține alegerea dumneavoastră pe acest dispozitiv timp de {days} zi.',
      'Vom reține alegerea dumneavoastră pe acest dispozitiv timp de {days} zile.',
      'Vom reține alegerea dumneavoastră pe acest dispozitiv timp de {days} de zile.',
    ],
    dismiss: 'Închide',
  },
};

export default ro;
