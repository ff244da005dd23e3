import type { Locale } from './types';

/** Somali; draft wording, needs review by a native speaker. */
const so: Locale = {
  tag: 'so',
  name: 'Soomaali',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR so: one (1), other
  list: { separator: ', ', lastSeparator: ' ama ' },
  text: {
    heading: 'Biraawsarkaagu waa duug',
    intro: 'Dhawaan qaybo ka mid ah bogga {site} kuma shaqayn doonaan biraawsarkan.',
    update: 'Waxaan jeclaan lahayn inaad sii isticmaasho bogga, sidaas darteed waxaan kugula talinaynaa inaad rakibto nooca ugu cusub ee {browsers}.',
    switch: 'Waxaan jeclaan lahayn inaad sii isticmaasho bogga, sidaas darteed waxaan kugula talinaynaa inaad u wareegto {browsers}.',
    updateOs: 'Nidaamka qalabkaagu aad buu ugu duug yahay biraawsar casri ah. Cusboonaysii nidaamka haddii aad awoodo, ama isticmaal qalab ka cusub.',
    remember: [
      'Doorashadaada waxaan ku xasuusan doonnaa qalabkan muddo {days} maalin ah.',
      'Doorashadaada waxaan ku xasuusan doonnaa qalabkan muddo {days} maalmood ah.',
    ],
    dismiss: 'Xir',
  },
};

export default so;
