import type { Locale } from './types';

/** Norwegian Nynorsk. */
const nn: Locale = {
  tag: 'nn',
  name: 'norsk nynorsk',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' eller ' },
  text: {
    heading: 'Nettlesaren din er utdatert',
    intro: 'Snart vil delar av {site} slutte å fungere i denne nettlesaren.',
    update: 'Vi vil gjerne at du skal kunne halde fram med å bruke nettstaden, og tilrår difor at du oppdaterer til nyaste versjon av {browsers}.',
    switch: 'Vi vil gjerne at du skal kunne halde fram med å bruke nettstaden, og tilrår difor at du byter til {browsers}.',
    updateOs: 'Systemet på eininga di er for gammalt for ein oppdatert nettlesar. Oppdater systemet om du kan, eller bruk ei nyare eining.',
    remember: [
      'Vi hugsar valet ditt på denne eininga i {days} dag.',
      'Vi hugsar valet ditt på denne eininga i {days} dagar.',
    ],
    dismiss: 'Lukk',
  },
};

export default nn;
