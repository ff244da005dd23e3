import type { Locale } from './types';

/** Northern Sami — a national minority language of Sweden; draft wording, needs review by a native speaker. */
const se: Locale = {
  tag: 'se',
  name: 'davvisámegiella',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-two-other',
  list: { separator: ', ', lastSeparator: ' dahje ' },
  text: {
    heading: 'Du neahttalohkki lea boaris',
    intro: 'Fargga muhtin oasit neahttabáikkis {site} eai šat doaimma dán neahttalohkkiin.',
    update: 'Mii háliidit ahte don sáhtát ain geavahit neahttabáikki, ja danin mii ávžžuhit ođasmahttit neahttalohki ođđaseamos veršuvdnii: {browsers}.',
    switch: 'Mii háliidit ahte don sáhtát ain geavahit neahttabáikki, ja danin mii ávžžuhit geavahit eará neahttalohki: {browsers}.',
    updateOs: 'Du rusttega vuogádat lea beare boaris ođđaáigásaš neahttalohkkái. Ođasmahte vuogádaga jus sáhtát, dahje geavat ođđasut rusttega.',
    remember: [
      'Mii muitit du válljema dán rusttegis {days} beaivvi.',
      'Mii muitit du válljema dán rusttegis {days} beaivvi.',
      'Mii muitit du válljema dán rusttegis {days} beaivvi.',
    ],
    dismiss: 'Gidde',
  },
};

export default se;
