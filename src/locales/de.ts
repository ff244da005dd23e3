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
    introOutdated: 'Bald funktionieren Teile der Website {site} mit diesem Browser nicht mehr.',
    introUnsupported: 'Teile der Website {site} funktionieren mit diesem Browser möglicherweise schon jetzt nicht mehr.',
    insecure: 'Dieser Browser erhält für das System Ihres Geräts keine Sicherheitsupdates mehr.',
    update: 'Wir möchten, dass Sie die Website weiterhin nutzen können, und empfehlen Ihnen daher, auf die neueste Version von {browsers} zu aktualisieren.',
    switch: 'Wir möchten, dass Sie die Website weiterhin nutzen können, und empfehlen Ihnen daher, zu {browsers} zu wechseln.',
    updateOs: 'Für das System Ihres Geräts gibt es keinen Browser mehr, der noch Sicherheitsupdates erhält. Aktualisieren Sie das System, wenn möglich, oder verwenden Sie ein neueres Gerät.',
    updateIos: 'Aktualisieren Sie die Software Ihres Geräts unter Einstellungen › Allgemein › Softwareupdate. Lässt es sich nicht aktualisieren, verwenden Sie ein neueres Gerät.',
    updateMac: 'Aktualisieren Sie das Betriebssystem Ihres Mac (macOS) auf eine neuere Version, wenn möglich, oder verwenden Sie einen neueren Computer.',
    remember: [
      'Wenn Sie diesen Hinweis schließen, wird er auf diesem Gerät {days} Tag lang nicht mehr angezeigt.',
      'Wenn Sie diesen Hinweis schließen, wird er auf diesem Gerät {days} Tage lang nicht mehr angezeigt.',
    ],
    dismiss: 'Schließen',
  },
};

export default de;
