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
    introOutdated: 'Snart vil delar av nettstaden {site} slutte å fungere i denne nettlesaren.',
    introUnsupported: 'Det kan hende at delar av nettstaden {site} ikkje fungerer i denne nettlesaren alt no.',
    insecure: 'Denne nettlesaren får ikkje lenger tryggleiksoppdateringar på systemet på eininga di.',
    update: 'Vi vil gjerne at du skal kunne halde fram med å bruke nettstaden, og tilrår difor at du oppdaterer til nyaste versjon av {browsers}.',
    switch: 'Vi vil gjerne at du skal kunne halde fram med å bruke nettstaden, og tilrår difor at du byter til {browsers}.',
    updateOs: 'Ingen nettlesar som framleis får tryggleiksoppdateringar, fungerer lenger på systemet på eininga di. Oppdater systemet om du kan, eller bruk ei nyare eining.',
    updateIos: 'Oppdater programvara på eininga i innstillingane, under programvareoppdatering. Om ho ikkje kan oppdaterast, bruk ei nyare eining.',
    updateMac: 'Oppdater operativsystemet på Macen din (macOS) til ein nyare versjon om du kan, eller bruk ei nyare datamaskin.',
    remember: [
      'Om du lukkar denne meldinga, blir ho ikkje vist igjen på denne eininga på {days} dag.',
      'Om du lukkar denne meldinga, blir ho ikkje vist igjen på denne eininga på {days} dagar.',
    ],
    dismiss: 'Lukk',
  },
};

export default nn;
