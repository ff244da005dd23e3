import type { Locale } from './types';

/** Danish. */
const da: Locale = {
  tag: 'da',
  name: 'dansk',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' eller ' },
  text: {
    heading: 'Din browser er forældet',
    introOutdated: 'Snart holder dele af hjemmesiden {site} op med at virke i din browser.',
    introUnsupported: 'Det kan være, at dele af hjemmesiden {site} allerede nu ikke virker i din browser.',
    insecure: 'Denne browser får ikke længere sikkerhedsopdateringer på systemet på din enhed.',
    update: 'Vi vil gerne have, at du fortsat kan bruge hjemmesiden, og anbefaler derfor, at du opdaterer til den nyeste version af {browsers}.',
    switch: 'Vi vil gerne have, at du fortsat kan bruge hjemmesiden, og anbefaler derfor, at du skifter til {browsers}.',
    updateOs: 'Ingen browser, der stadig får sikkerhedsopdateringer, kan længere køre på systemet på din enhed. Opdater systemet, hvis du kan, eller brug en nyere enhed.',
    updateIos: 'Opdater enhedens software under Indstillinger › Generelt › Softwareopdatering. Hvis den ikke kan opdateres, så brug en nyere enhed.',
    updateMac: 'Opdater din Macs styresystem, macOS, til en nyere version, hvis du kan, eller brug en nyere computer.',
    remember: [
      'Hvis du lukker denne besked, bliver den ikke vist igen på denne enhed i {days} dag.',
      'Hvis du lukker denne besked, bliver den ikke vist igen på denne enhed i {days} dage.',
    ],
    dismiss: 'Luk',
  },
};

export default da;
