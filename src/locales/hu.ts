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
    intro: 'Hamarosan ebben a böngészőben nem fog minden megfelelően működni ezen a webhelyen: {site}.',
    update: 'Szeretnénk, ha továbbra is használhatná a webhelyet, ezért javasoljuk, hogy frissítsen a legújabb verzióra: {browsers}.',
    switch: 'Szeretnénk, ha továbbra is használhatná a webhelyet, ezért javasoljuk, hogy váltson a következőre: {browsers}.',
    updateOs: 'Az Ön eszközének rendszere túl régi egy mai böngészőhöz. Ha lehetséges, frissítse a rendszert, vagy használjon újabb eszközt.',
    remember: [
      'Döntését {days} napig megjegyezzük ezen az eszközön.',
      'Döntését {days} napig megjegyezzük ezen az eszközön.',
    ],
    dismiss: 'Bezárás',
  },
};

export default hu;
