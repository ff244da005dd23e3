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
    introOutdated: 'Dhawaan qaybo ka mid ah bogga {site} kuma shaqayn doonaan biraawsarkan.',
    introUnsupported: 'Waxaa laga yaabaa in qaybo ka mid ah bogga {site} aysan hadda horeba ka shaqayn biraawsarkan.',
    insecure: 'Biraawsarkan mar dambe ma helo cusboonaysiinta amniga ee nidaamka qalabkaaga.',
    update: 'Waxaan jeclaan lahayn inaad sii isticmaasho bogga, sidaas darteed waxaan kugula talinaynaa inaad rakibto nooca ugu cusub ee {browsers}.',
    switch: 'Waxaan jeclaan lahayn inaad sii isticmaasho bogga, sidaas darteed waxaan kugula talinaynaa inaad u wareegto {browsers}.',
    updateOs: 'Nidaamka qalabkaaga ma jiro biraawsar weli hela cusboonaysiinta amniga. Cusboonaysii nidaamka haddii aad awoodo, ama isticmaal qalab ka cusub.',
    updateIos: 'Cusboonaysii barnaamijka qalabkaaga, qaybta cusboonaysiinta barnaamijka ee dejinta qalabka. Haddii aan la cusboonaysiin karin, isticmaal qalab ka cusub.',
    updateMac: 'Cusboonaysii nidaamka hawlgalka Mac-gaaga (macOS) oo u beddel nooc ka cusub haddii aad awoodo, ama isticmaal kombiyuutar ka cusub.',
    remember: [
      'Haddii aad xirto ogeysiiskan, laguma soo bandhigi doono qalabkan muddo {days} maalin ah.',
      'Haddii aad xirto ogeysiiskan, laguma soo bandhigi doono qalabkan muddo {days} maalmood ah.',
    ],
    dismiss: 'Xir',
  },
};

export default so;
