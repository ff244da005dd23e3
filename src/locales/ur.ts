import type { Locale } from './types';

/** Urdu. */
const ur: Locale = {
  tag: 'ur',
  name: 'اردو',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR ur: one (1), other
  list: { separator: '، ', lastSeparator: ' یا ' },
  text: {
    heading: 'آپ کا براؤزر پرانا ہو چکا ہے',
    intro: 'جلد ہی ویب سائٹ {site} کے کچھ حصے اس براؤزر میں کام کرنا بند کر دیں گے۔',
    update: 'ہم چاہتے ہیں کہ آپ ویب سائٹ استعمال کرتے رہیں، اس لیے ہمارا مشورہ ہے کہ آپ {browsers} کا تازہ ترین ورژن انسٹال کریں۔',
    switch: 'ہم چاہتے ہیں کہ آپ ویب سائٹ استعمال کرتے رہیں، اس لیے ہمارا مشورہ ہے کہ آپ {browsers} استعمال کریں۔',
    updateOs: 'آپ کے آلے کا سسٹم کسی موجودہ براؤزر کے لیے بہت پرانا ہے۔ اگر ممکن ہو تو سسٹم اپ ڈیٹ کریں، یا کوئی نیا آلہ استعمال کریں۔',
    remember: [
      'ہم اس آلے پر آپ کا انتخاب {days} دن تک یاد رکھیں گے۔',
      'ہم اس آلے پر آپ کا انتخاب {days} دن تک یاد رکھیں گے۔',
    ],
    dismiss: 'بند کریں',
  },
};

export default ur;
