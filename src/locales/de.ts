import type { Locale } from './types';

/** German. */
const de: Locale = {
  tag: 'de',
  name: 'Deutsch',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' oder ' },
  text: {
    heading: 'Ihr Browser ist veraltet',
    intro: 'Bald werden Teile von {site} mit diesem Browser nicht mehr funktionieren.',
    update: 'Wir möchten, dass Sie die Website weiterhin nutzen können, und empfehlen Ihnen daher, auf die neueste Version von {browsers} zu aktualisieren.',
    switch: 'Wir möchten, dass Sie die Website weiterhin nutzen können, und empfehlen Ihnen daher, zu {browsers} zu wechseln.',
    updateOs: 'Das System Ihres Geräts ist zu alt für einen aktuellen Browser. Aktualisieren Sie das System, wenn möglich, oder verwenden Sie ein neueres Gerät.',
    remember: [
      'Wir merken uns Ihre Auswahl auf diesem Gerät für {days} Tag.',
      'Wir merken uns Ihre Auswahl auf diesem Gerät für {days} Tage.',
    ],
    dismiss: 'Schließen',
  },
};

export default de;
