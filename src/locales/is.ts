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
    intro: 'Bráðum hætta sumir hlutar vefsins {site} að virka í þessum vafra.',
    update: 'Við viljum að þú getir haldið áfram að nota vefinn og mælum því með að þú uppfærir í nýjustu útgáfu af {browsers}.',
    switch: 'Við viljum að þú getir haldið áfram að nota vefinn og mælum því með að þú skiptir yfir í {browsers}.',
    updateOs: 'Stýrikerfið í tækinu þínu er of gamalt fyrir nýlegan vafra. Uppfærðu stýrikerfið ef þú getur, eða notaðu nýrra tæki.',
    remember: [
      'Við munum val þitt í þessu tæki í {days} dag.',
      'Við munum val þitt í þessu tæki í {days} daga.',
    ],
    dismiss: 'Loka',
  },
};

export default is;
