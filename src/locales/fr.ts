import type { Locale } from './types';

/** French. */
const fr: Locale = {
  tag: 'fr',
  name: 'français',
  dir: 'ltr',
  reviewed: false,
  plural: 'zero-one-other',
  list: { separator: ', ', lastSeparator: ' ou ' },
  text: {
    heading: "Votre navigateur n'est plus à jour",
    intro: 'Bientôt, certaines parties du site {site} ne fonctionneront plus avec ce navigateur.',
    update: "Nous souhaitons que vous puissiez continuer à utiliser le site, c'est pourquoi nous vous recommandons de mettre à jour {browsers} vers la dernière version.",
    switch: "Nous souhaitons que vous puissiez continuer à utiliser le site, c'est pourquoi nous vous recommandons de passer à {browsers}.",
    updateOs: 'Le système de votre appareil est trop ancien pour un navigateur récent. Mettez le système à jour si vous le pouvez, ou utilisez un appareil plus récent.',
    remember: [
      'Nous retiendrons votre choix sur cet appareil pendant {days} jour.',
      'Nous retiendrons votre choix sur cet appareil pendant {days} jours.',
    ],
    dismiss: 'Fermer',
  },
};

export default fr;
