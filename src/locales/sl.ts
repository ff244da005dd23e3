import type { Locale } from './types';

/** Slovenian. */
const sl: Locale = {
  tag: 'sl',
  name: 'slovenščina',
  dir: 'ltr',
  reviewed: false,
  plural: 'slovenian',
  list: { separator: ', ', lastSeparator: ' ali ' },
  text: {
    heading: 'Vaš brskalnik je zastarel',
    introOutdated: 'Kmalu nekateri deli spletnega mesta {site} v njem ne bodo več delovali.',
    introUnsupported: 'Nekateri deli spletnega mesta {site} v njem morda že zdaj ne delujejo.',
    insecure: 'Ta brskalnik za sistem v vaši napravi ne prejema več varnostnih posodobitev.',
    update: 'Želimo si, da bi spletno mesto lahko še naprej uporabljali, zato priporočamo najnovejšo različico brskalnika {browsers}.',
    switch: 'Želimo si, da bi spletno mesto lahko še naprej uporabljali, zato priporočamo prehod na brskalnik {browsers}.',
    updateOs: 'Za sistem v vaši napravi ni več nobenega brskalnika, ki bi še prejemal varnostne posodobitve. Če lahko, posodobite sistem ali uporabite novejšo napravo.',
    updateIos: 'Posodobite programsko opremo naprave v nastavitvah naprave, pod posodobitvijo programske opreme. Če naprave ni mogoče posodobiti, uporabite novejšo.',
    updateMac: 'Če lahko, posodobite operacijski sistem svojega Maca (macOS) na novejšo različico ali uporabite novejši računalnik.',
    remember: [
      'Če to obvestilo zaprete, se na tej napravi {days} dan ne bo več prikazalo.',
      'Če to obvestilo zaprete, se na tej napravi {days} dneva ne bo več prikazalo.',
      'Če to obvestilo zaprete, se na tej napravi {days} dni ne bo več prikazalo.',
      'Če to obvestilo zaprete, se na tej napravi {days} dni ne bo več prikazalo.',
    ],
    dismiss: 'Zapri',
  },
};

export default sl;
