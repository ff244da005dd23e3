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
    introOutdated: 'Bientôt, certaines parties du site {site} ne fonctionneront plus avec ce navigateur.',
    introUnsupported: 'Certaines parties du site {site} ne fonctionnent peut-être déjà plus avec ce navigateur.',
    insecure: 'Ce navigateur ne reçoit plus de mises à jour de sécurité sur le système de votre appareil.',
    update: "Nous souhaitons que vous puissiez continuer à utiliser le site, c'est pourquoi nous vous recommandons d'installer la dernière version de {browsers}.",
    switch: "Nous souhaitons que vous puissiez continuer à utiliser le site, c'est pourquoi nous vous recommandons de passer à {browsers}.",
    updateOs: 'Plus aucun navigateur recevant encore des mises à jour de sécurité ne fonctionne sur le système de votre appareil. Mettez le système à jour si vous le pouvez, ou utilisez un appareil plus récent.',
    updateIos: "Mettez à jour le logiciel de votre appareil dans Réglages › Général › Mise à jour logicielle. S'il ne peut pas être mis à jour, utilisez un appareil plus récent.",
    updateMac: "Mettez à jour le système d'exploitation de votre Mac (macOS) vers une version plus récente si vous le pouvez, ou utilisez un ordinateur plus récent.",
    remember: [
      "Si vous fermez ce message, il ne s'affichera plus sur cet appareil pendant {days} jour.",
      "Si vous fermez ce message, il ne s'affichera plus sur cet appareil pendant {days} jours.",
    ],
    dismiss: 'Fermer',
  },
};

export default fr;
