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
    introOutdated: 'Fargga muhtin oasit neahttabáikkis {site} eai šat doaimma dáinna neahttalohkiin.',
    introUnsupported: 'Muhtin oasit neahttabáikkis {site} eai soaitte juo dál doaibmat dáinna neahttalohkiin.',
    insecure: 'Dát neahttalohkki ii šat oaččo sihkkarvuođaođasmahttimiid du rusttega vuogádagas.',
    update: 'Mii háliidit ahte don sáhtát ain geavahit neahttabáikki, ja danin mii ávžžuhit neahttalohki {browsers} ođđaseamos veršuvnna.',
    switch: 'Mii háliidit ahte don sáhtát ain geavahit neahttabáikki, ja danin mii ávžžuhit geavahit eará neahttalohki: {browsers}.',
    updateOs: 'Du rusttega vuogádahkii ii leat šat makkárge neahttalohkki mii ain oažžu sihkkarvuođaođasmahttimiid. Ođasmahte vuogádaga jus sáhtát, dahje geavat ođđasut rusttega.',
    updateIos: 'Ođasmahte rusttega prográmma rusttega ásahusain, prográmmaođasmahttima vuolde. Jus dan ii sáhte ođasmahttit, geavat ođđasut rusttega.',
    updateMac: 'Ođasmahte Mac-dihtora doaibmavuogádaga (macOS) ođđasut veršuvdnii jus sáhtát, dahje geavat ođđasut dihtora.',
    remember: [
      'Jus giddet dán dieđáhusa, de dat ii oidno fas dán rusttegis {days} beaivvi.',
      'Jus giddet dán dieđáhusa, de dat ii oidno fas dán rusttegis {days} beaivvi.',
      'Jus giddet dán dieđáhusa, de dat ii oidno fas dán rusttegis {days} beaivvi.',
    ],
    dismiss: 'Gidde',
  },
};

export default se;
