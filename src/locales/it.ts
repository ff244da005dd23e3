import type { Locale } from './types';

/** Italian. */
const it: Locale = {
  tag: 'it',
  name: 'italiano',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' o ' },
  text: {
    heading: 'Il browser in uso non è aggiornato',
    intro: 'Presto alcune parti del sito {site} smetteranno di funzionare con questo browser.',
    update: "Vogliamo che possa continuare a usare il sito: per questo consigliamo di aggiornare {browsers} all'ultima versione.",
    switch: 'Vogliamo che possa continuare a usare il sito: per questo consigliamo di passare a {browsers}.',
    updateOs: 'Il sistema del dispositivo è troppo vecchio per un browser aggiornato. Se possibile, aggiorni il sistema oppure usi un dispositivo più recente.',
    remember: [
      'Ricorderemo la sua scelta su questo dispositivo per {days} giorno.',
      'Ricorderemo la sua scelta su questo dispositivo per {days} giorni.',
    ],
    dismiss: 'Chiudi',
  },
};

export default it;
