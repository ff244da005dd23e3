import type { Locale } from './types';

/** Icelandic. */
const is: Locale = {
  tag: 'is',
  name: 'íslenska',
  dir: 'ltr',
  reviewed: false,
  plural: 'icelandic',
  list: { separator: ', ', lastSeparator: ' eða ' },
  text: {
    heading: 'Vafrinn þinn er úreltur',
    introOutdated: 'Bráðum hætta sumir hlutar vefsins {site} að virka í þessum vafra.',
    introUnsupported: 'Sumir hlutar vefsins {site} virka hugsanlega nú þegar ekki í þessum vafra.',
    insecure: 'Þessi vafri fær ekki lengur öryggisuppfærslur á stýrikerfi tækisins þíns.',
    update: 'Við viljum að þú getir haldið áfram að nota vefinn og mælum því með að þú uppfærir í nýjustu útgáfu af {browsers}.',
    switch: 'Við viljum að þú getir haldið áfram að nota vefinn og mælum því með að þú skiptir yfir í {browsers}.',
    updateOs: 'Enginn vafri sem fær enn öryggisuppfærslur keyrir lengur á stýrikerfi tækisins þíns. Uppfærðu stýrikerfið ef þú getur, eða notaðu nýrra tæki.',
    updateIos: 'Uppfærðu hugbúnað tækisins í stillingum tækisins, undir hugbúnaðaruppfærslu. Ef ekki er hægt að uppfæra það skaltu nota nýrra tæki.',
    updateMac: 'Uppfærðu stýrikerfi Mac-tölvunnar þinnar (macOS) í nýrri útgáfu ef þú getur, eða notaðu nýrri tölvu.',
    remember: [
      'Ef þú lokar þessari tilkynningu birtist hún ekki aftur í þessu tæki í {days} dag.',
      'Ef þú lokar þessari tilkynningu birtist hún ekki aftur í þessu tæki í {days} daga.',
    ],
    dismiss: 'Loka',
  },
};

export default is;
