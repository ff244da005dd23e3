import type { Locale } from './types';

/** Central Kurdish (Sorani, Arabic script); draft wording, needs review by a native speaker. */
const ckb: Locale = {
  tag: 'ckb',
  name: 'کوردیی ناوەندی',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR ckb: one (1), other
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F، ', lastSeparator: ' یان ' },
  text: {
    heading: 'وێبگەڕەکەتان کۆنە',
    introOutdated: 'بەم زووانە هەندێک بەشی ماڵپەڕی {site} لەم وێبگەڕەدا کار ناکەن.',
    introUnsupported: 'لەوانەیە هەندێک بەشی ماڵپەڕی {site} هەر ئێستا لەم وێبگەڕەدا کار نەکەن.',
    insecure: 'ئەم وێبگەڕە چیتر لەسەر سیستەمی ئامێرەکەتان نوێکردنەوەی ئاسایش وەرناگرێت.',
    update: 'دەمانەوێت بتوانن بەردەوام ماڵپەڕەکە بەکاربهێنن، بۆیە پێشنیار دەکەین نوێترین وەشانی {browsers} دابمەزرێنن.',
    switch: 'دەمانەوێت بتوانن بەردەوام ماڵپەڕەکە بەکاربهێنن، بۆیە پێشنیار دەکەین {browsers} بەکاربهێنن.',
    updateOs: 'چیتر هیچ وێبگەڕێک کە هێشتا نوێکردنەوەی ئاسایش وەربگرێت لەسەر سیستەمی ئامێرەکەتان کار ناکات. ئەگەر دەتوانن، سیستەمەکە نوێ بکەنەوە، یان ئامێرێکی نوێتر بەکاربهێنن.',
    updateIos: 'نەرمەکاڵای ئامێرەکەتان لە ڕێکخستنەکانی ئامێرەکەدا، لە بەشی نوێکردنەوەی نەرمەکاڵا، نوێ بکەنەوە. ئەگەر ناتوانرێت نوێ بکرێتەوە، ئامێرێکی نوێتر بەکاربهێنن.',
    updateMac: 'ئەگەر دەتوانن، سیستەمی کارپێکردنی Mac ەکەتان (macOS) بۆ وەشانێکی نوێتر نوێ بکەنەوە، یان کۆمپیوتەرێکی نوێتر بەکاربهێنن.',
    remember: [
      'ئەگەر ئەم ئاگادارییە دابخەن، بۆ ماوەی {days} ڕۆژ لەسەر ئەم ئامێرە دووبارە پیشان نادرێتەوە.',
      'ئەگەر ئەم ئاگادارییە دابخەن، بۆ ماوەی {days} ڕۆژ لەسەر ئەم ئامێرە دووبارە پیشان نادرێتەوە.',
    ],
    dismiss: 'داخستن',
  },
};

export default ckb;
