import type { Locale } from './types';

/** Lule Sami — a national minority language of Sweden; draft wording, needs review by a native speaker. */
const smj: Locale = {
  tag: 'smj',
  name: 'julevsámegiella',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-two-other',
  list: { separator: ', ', lastSeparator: ' jali ' },
  text: {
    heading: 'Du nehttalåhkke la boares',
    introOutdated: 'Ruvva muhtem oase nehttabájkes {site} e doajma dán nehttalåhkkijn.',
    introUnsupported: 'Soajttá muhtem oase nehttabájkes {site} e juo dál doajma dán nehttalåhkkijn.',
    insecure: 'Dát nehttalåhkke ij šat oadtjo dorvvoådåstusájt du rusttega vuogádagán.',
    update: 'Mij sihtap ahte dån máhtá ain adnet nehttabájkev, ja dan diehti mij rávvip nehttalåhkke {browsers} ådåsamos versjåvnåv.',
    switch: 'Mij sihtap ahte dån máhtá ain adnet nehttabájkev, ja dan diehti mij rávvip adnet ietjá nehttalåhkkev: {browsers}.',
    updateOs: 'Du rusttega vuogádahkaj ij la šat akta nehttalåhkke mij ain oadtju dorvvoådåstusájt. Ådåstuhte vuogádagáv jus máhtá, jali ane ådåp rusttegav.',
    updateIos: 'Ådåstuhte rusttega prográmmav rusttega ásadusájn, prográmmaådåstusá vuolen. Jus dav ij máhte ådåstuhttet, ane ådåp rusttegav.',
    updateMac: 'Ådåstuhte Mac-dáhtámasja vuogádagáv (macOS) ådåp versjåvnnåj jus máhtá, jali ane ådåp dáhtámasjav.',
    remember: [
      'Jus dån gidda dáv diedádusáv, de dat ij vuoseda dán rusttegin {days} biejvev.',
      'Jus dån gidda dáv diedádusáv, de dat ij vuoseda dán rusttegin {days} biejve.',
      'Jus dån gidda dáv diedádusáv, de dat ij vuoseda dán rusttegin {days} biejve.',
    ],
    dismiss: 'Dahpa',
  },
};

export default smj;
