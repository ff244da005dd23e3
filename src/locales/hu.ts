import type { Locale } from './types';

/** Hungarian. */
const hu: Locale = {
  tag: 'hu',
  name: 'magyar',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR hu: one, other (the noun stays singular after numbers)
  list: { separator: ', ', lastSeparator: ' vagy ' },
  text: {
    heading: 'Az Ön böngészője elavult',
    introOutdated: 'Hamarosan a(z) {site} webhely egyes részei nem fognak működni ebben a böngészőben.',
    introUnsupported: 'Előfordulhat, hogy ebben a böngészőben már most sem működik minden megfelelően ezen a webhelyen: {site}.',
    insecure: 'Ez a böngésző az Ön eszközének rendszerén már nem kap biztonsági frissítéseket.',
    update: 'Szeretnénk, ha továbbra is használhatná a webhelyet, ezért a legújabb {browsers} böngészőt javasoljuk.',
    switch: 'Szeretnénk, ha továbbra is használhatná a webhelyet, ezért javasoljuk, hogy váltson a következőre: {browsers}.',
    updateOs: 'Az Ön eszközének rendszerén már egyetlen olyan böngésző sem fut, amely még biztonsági frissítéseket kap. Ha lehetséges, frissítse a rendszert, vagy használjon újabb eszközt.',
    updateIos: 'Frissítse az eszköz szoftverét a Beállítások › Általános › Szoftverfrissítés menüpontban. Ha az eszköz nem frissíthető, használjon újabbat.',
    updateMac: 'Ha lehetséges, frissítse a Mac operációs rendszerét (macOS) egy újabb verzióra, vagy használjon újabb számítógépet.',
    remember: [
      'Ha bezárja ezt az értesítést, {days} napig nem jelenik meg újra ezen az eszközön.',
      'Ha bezárja ezt az értesítést, {days} napig nem jelenik meg újra ezen az eszközön.',
    ],
    dismiss: 'Bezárás',
  },
};

export default hu;
