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
    introOutdated: 'În curând, unele părți ale site-ului {site} nu vor mai funcționa în acest browser.',
    introUnsupported: 'Este posibil ca unele părți ale site-ului {site} să nu funcționeze deja în acest browser.',
    insecure: 'Acest browser nu mai primește actualizări de securitate pe sistemul dispozitivului dumneavoastră.',
    update: 'Dorim să puteți folosi în continuare site-ul, de aceea vă recomandăm să actualizați la cea mai recentă versiune a browserului {browsers}.',
    switch: 'Dorim să puteți folosi în continuare site-ul, de aceea vă recomandăm să treceți la {browsers}.',
    updateOs: 'Pentru sistemul dispozitivului dumneavoastră nu mai există niciun browser care să primească actualizări de securitate. Actualizați sistemul dacă puteți sau folosiți un dispozitiv mai nou.',
    updateIos: 'Actualizați software-ul dispozitivului din Configurări › General › Actualizare software. Dacă nu poate fi actualizat, folosiți un dispozitiv mai nou.',
    updateMac: 'Actualizați sistemul de operare al computerului Mac (macOS) la o versiune mai nouă, dacă puteți, sau folosiți un computer mai nou.',
    remember: [
      'Dacă închideți acest mesaj, nu va mai apărea pe acest dispozitiv timp de {days} zi.',
      'Dacă închideți acest mesaj, nu va mai apărea pe acest dispozitiv timp de {days} zile.',
      'Dacă închideți acest mesaj, nu va mai apărea pe acest dispozitiv timp de {days} de zile.',
    ],
    dismiss: 'Închide',
  },
};

export default ro;
