import type { Locale } from './types';

/** Norwegian Bokmål. */
const nb: Locale = {
  tag: 'nb',
  name: 'norsk bokmål',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' eller ' },
  text: {
    heading: 'Nettleseren din er utdatert',
    intro: 'Snart vil deler av {site} slutte å fungere i den.',
    update: 'Vi vil gjerne at du skal kunne fortsette å bruke nettstedet, og anbefaler derfor at du oppdaterer til nyeste versjon av {browsers}.',
    switch: 'Vi vil gjerne at du skal kunne fortsette å bruke nettstedet, og anbefaler derfor at du bytter til {browsers}.',
    updateOs: 'Systemet på enheten din er for gammelt for en oppdatert nettleser. Oppdater systemet hvis du kan, eller bruk en nyere enhet.',
    remember: [
      'Vi husker valget ditt på denne enheten i {days} dag.',
      'Vi husker valget ditt på denne enheten i {days} dager.',
    ],
    dismiss: 'Lukk',
  },
};

export default nb;
