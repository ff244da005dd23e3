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
    intro: 'Snart holder dele af {site} op med at virke i den.',
    update: 'Vi vil gerne have, at du fortsat kan bruge hjemmesiden, og anbefaler derfor, at du opdaterer til den nyeste version af {browsers}.',
    switch: 'Vi vil gerne have, at du fortsat kan bruge hjemmesiden, og anbefaler derfor, at du skifter til {browsers}.',
    updateOs: 'Systemet på din enhed er for gammelt til en opdateret browser. Opdater systemet, hvis du kan, eller brug en nyere enhed.',
    remember: [
      'Vi husker dit valg på denne enhed i {days} dag.',
      'Vi husker dit valg på denne enhed i {days} dage.',
    ],
    dismiss: 'Luk',
  },
};

export default da;
