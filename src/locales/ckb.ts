import type { Locale } from './types';

/** Central Kurdish (Sorani, Arabic script); draft wording, needs review by a native speaker. */
const ckb: Locale = {
  tag: 'ckb',
  name: 'کوردیی ناوەندی',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR ckb: one (1), other
  list: { separator: '، ', lastSeparator: ' یان ' },
  text: {
    heading: 'وێبگەڕەکەتان کۆنە',
    intro: 'بەم زووانە هەندێک بەشی ماڵپەڕی {site} لەم وێبگەڕەدا کار ناکەن.',
    update: 'دەمانەوێت بتوانن بەردەوام ماڵپەڕەکە بەکاربهێنن، بۆیە پێشنیار دەکەین نوێترین وەشانی {browsers} دابمەزرێنن.',
    switch: 'دەمانەوێت بتوانن بەردەوام ماڵپەڕەکە بەکاربهێنن، بۆیە پێشنیار دەکەین {browsers} بەکاربهێنن.',
    updateOs: 'سیستەمی ئامێرەکەتان بۆ وێبگەڕێکی نوێ زۆر کۆنە. ئەگەر دەتوانن سیستەمەکە نوێ بکەنەوە، یان ئامێرێکی نوێتر بەکاربهێنن.',
    remember: [
      'هەڵبژاردنەکەتان بۆ ماوەی {days} ڕۆژ لەسەر ئەم ئامێرە هەڵدەگرین.',
      'هەڵبژاردنەکەتان بۆ ماوەی {days} ڕۆژ لەسەر ئەم ئامێرە هەڵدەگرین.',
    ],
    dismiss: 'داخستن',
  },
};

export default ckb;
