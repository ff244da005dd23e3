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
    intro: 'Ruvva muhtem oase nehttabájkes {site} e doajma dán nehttalåhkkijn.',
    update: 'Mij sihtap ahte dån máhtá ain adnet nehttabájkev, ja dan diehti mij rávvip ådåstuhttet ådåsamos versjåvnnåj: {browsers}.',
    switch: 'Mij sihtap ahte dån máhtá ain adnet nehttabájkev, ja dan diehti mij rávvip adnet ietjá nehttalåhkkev: {browsers}.',
    updateOs: 'Du rusttega vuogádahka la ilá boares ådå nehttalåhkkáj. Ådåstuhte vuogádagáv jus máhtá, jali ane ådåp rusttegav.',
    remember: [
      'Mij mujttep du válljimav dán rusttegin {days} biejvev.',
      'Mij mujttep du válljimav dán rusttegin {days} biejve.',
      'Mij mujttep du válljimav dán rusttegin {days} biejve.',
    ],
    dismiss: 'Dahpa',
  },
};

export default smj;
