import type { Locale } from './types';

/** Irish. */
const ga: Locale = {
  tag: 'ga',
  name: 'Gaeilge',
  dir: 'ltr',
  reviewed: false,
  plural: 'irish', // with digits Irish keeps the singular "lá", so all five forms read alike
  list: { separator: ', ', lastSeparator: ' nó ' },
  text: {
    heading: 'Tá do bhrabhsálaí as dáta',
    intro: 'Go luath, ní oibreoidh codanna den suíomh {site} sa bhrabhsálaí seo a thuilleadh.',
    update: 'Ba mhaith linn go mbeifeá in ann leanúint ort ag úsáid an tsuímh, mar sin molaimid duit an leagan is déanaí de {browsers} a shuiteáil.',
    switch: 'Ba mhaith linn go mbeifeá in ann leanúint ort ag úsáid an tsuímh, mar sin molaimid duit aistriú go {browsers}.',
    updateOs: 'Tá córas do ghléis róshean do bhrabhsálaí reatha. Nuashonraigh an córas más féidir leat, nó úsáid gléas níos nuaí.',
    remember: [
      'Coinneoimid cuimhne ar do rogha ar an ngléas seo ar feadh {days} lá.',
      'Coinneoimid cuimhne ar do rogha ar an ngléas seo ar feadh {days} lá.',
      'Coinneoimid cuimhne ar do rogha ar an ngléas seo ar feadh {days} lá.',
      'Coinneoimid cuimhne ar do rogha ar an ngléas seo ar feadh {days} lá.',
      'Coinneoimid cuimhne ar do rogha ar an ngléas seo ar feadh {days} lá.',
    ],
    dismiss: 'Dún',
  },
};

export default ga;
