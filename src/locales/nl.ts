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
    intro: 'Binnenkort werken delen van {site} niet meer in deze browser.',
    update: 'We willen graag dat u de website kunt blijven gebruiken. Daarom raden we u aan de nieuwste versie van {browsers} te installeren.',
    switch: 'We willen graag dat u de website kunt blijven gebruiken. Daarom raden we u aan over te stappen op {browsers}.',
    updateOs: 'Het systeem van uw apparaat is te oud voor een actuele browser. Werk het systeem bij als dat kan, of gebruik een nieuwer apparaat.',
    remember: [
      'We onthouden uw keuze op dit apparaat gedurende {days} dag.',
      'We onthouden uw keuze op dit apparaat gedurende {days} dagen.',
    ],
    dismiss: 'Sluiten',
  },
};

export default nl;
