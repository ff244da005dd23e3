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
    introOutdated: 'Snart vil deler av nettstedet {site} slutte å fungere i nettleseren din.',
    introUnsupported: 'Det kan hende at deler av nettstedet {site} ikke fungerer i nettleseren din allerede nå.',
    insecure: 'Denne nettleseren får ikke lenger sikkerhetsoppdateringer på systemet på enheten din.',
    update: 'Vi vil gjerne at du skal kunne fortsette å bruke nettstedet, og anbefaler derfor at du oppdaterer til nyeste versjon av {browsers}.',
    switch: 'Vi vil gjerne at du skal kunne fortsette å bruke nettstedet, og anbefaler derfor at du bytter til {browsers}.',
    updateOs: 'Ingen nettleser som fortsatt får sikkerhetsoppdateringer, fungerer lenger på systemet på enheten din. Oppdater systemet hvis du kan, eller bruk en nyere enhet.',
    updateIos: 'Oppdater programvaren på enheten under Innstillinger › Generelt › Programvareoppdatering. Hvis den ikke kan oppdateres, bruk en nyere enhet.',
    updateMac: 'Oppdater operativsystemet på Macen din (macOS) til en nyere versjon hvis du kan, eller bruk en nyere datamaskin.',
    remember: [
      'Hvis du lukker denne meldingen, vises den ikke igjen på denne enheten på {days} dag.',
      'Hvis du lukker denne meldingen, vises den ikke igjen på denne enheten på {days} dager.',
    ],
    dismiss: 'Lukk',
  },
};

export default nb;
