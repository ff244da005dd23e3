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
    intro: 'Kmalu nekateri deli spletnega mesta {site} v njem ne bodo več delovali.',
    update: 'Želimo si, da bi spletno mesto lahko še naprej uporabljali, zato priporočamo posodobitev brskalnika na najnovejšo različico: {browsers}.',
    switch: 'Želimo si, da bi spletno mesto lahko še naprej uporabljali, zato priporočamo prehod na brskalnik {browsers}.',
    updateOs: 'Sistem v vaši napravi je prestar za sodoben brskalnik. Če lahko, posodobite sistem ali uporabite novejšo napravo.',
    remember: [
      'Vašo izbiro si bomo na tej napravi zapomnili za {days} dan.',
      'Vašo izbiro si bomo na tej napravi zapomnili za {days} dneva.',
      'Vašo izbiro si bomo na tej napravi zapomnili za {days} dni.',
      'Vašo izbiro si bomo na tej napravi zapomnili za {days} dni.',
    ],
    dismiss: 'Zapri',
  },
};

export default sl;
