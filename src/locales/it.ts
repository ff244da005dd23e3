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
    introOutdated: 'Presto alcune parti del sito {site} smetteranno di funzionare con questo browser.',
    introUnsupported: 'Alcune parti del sito {site} potrebbero già non funzionare con questo browser.',
    insecure: 'Questo browser non riceve più aggiornamenti di sicurezza sul sistema del dispositivo.',
    update: "Vogliamo che possa continuare a usare il sito: per questo consigliamo di installare l'ultima versione di {browsers}.",
    switch: 'Vogliamo che possa continuare a usare il sito: per questo consigliamo di passare a {browsers}.',
    updateOs: 'Per il sistema del dispositivo non esiste più alcun browser che riceva ancora aggiornamenti di sicurezza. Se possibile, aggiorni il sistema oppure usi un dispositivo più recente.',
    updateIos: 'Aggiorni il software del dispositivo in Impostazioni › Generali › Aggiornamento software. Se non è possibile aggiornarlo, usi un dispositivo più recente.',
    updateMac: 'Se possibile, aggiorni il sistema operativo del Mac (macOS) a una versione più recente, oppure usi un computer più recente.',
    remember: [
      'Se chiude questo avviso, non comparirà più su questo dispositivo per {days} giorno.',
      'Se chiude questo avviso, non comparirà più su questo dispositivo per {days} giorni.',
    ],
    dismiss: 'Chiudi',
  },
};

export default it;
