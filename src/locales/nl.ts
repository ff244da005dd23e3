import type { Locale } from './types';

/** Dutch. */
const nl: Locale = {
  tag: 'nl',
  name: 'Nederlands',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' of ' },
  text: {
    heading: 'Uw browser is verouderd',
    introOutdated: 'Binnenkort werken delen van de website {site} niet meer in deze browser.',
    introUnsupported: 'Delen van de website {site} werken mogelijk nu al niet meer in deze browser.',
    insecure: 'Deze browser krijgt op het systeem van uw apparaat geen beveiligingsupdates meer.',
    update: 'We willen graag dat u de website kunt blijven gebruiken. Daarom raden we u aan de nieuwste versie van {browsers} te installeren.',
    switch: 'We willen graag dat u de website kunt blijven gebruiken. Daarom raden we u aan over te stappen op {browsers}.',
    updateOs: 'Voor het systeem van uw apparaat is er geen browser meer die nog beveiligingsupdates krijgt. Werk het systeem bij als dat kan, of gebruik een nieuwer apparaat.',
    updateIos: 'Werk de software van uw apparaat bij via Instellingen › Algemeen › Software-update. Kan het niet worden bijgewerkt, gebruik dan een nieuwer apparaat.',
    updateMac: 'Werk het besturingssysteem van uw Mac (macOS) bij naar een nieuwere versie als dat kan, of gebruik een nieuwere computer.',
    remember: [
      'Als u deze melding sluit, verschijnt ze {days} dag niet meer op dit apparaat.',
      'Als u deze melding sluit, verschijnt ze {days} dagen niet meer op dit apparaat.',
    ],
    dismiss: 'Sluiten',
  },
};

export default nl;
