import type { Locale } from './types';

/** Urdu. */
const ur: Locale = {
  tag: 'ur',
  name: 'اردو',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR ur: one (1), other
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F، ', lastSeparator: ' یا ' },
  text: {
    heading: 'آپ کا براؤزر پرانا ہو چکا ہے',
    introOutdated: 'جلد ہی ویب سائٹ {site} کے کچھ حصے اس براؤزر میں کام کرنا بند کر دیں گے۔',
    introUnsupported: 'ہو سکتا ہے کہ ویب سائٹ {site} کے کچھ حصے اس براؤزر میں ابھی سے کام نہ کر رہے ہوں۔',
    insecure: 'اس براؤزر کو اب آپ کے آلے کے سسٹم پر سیکیورٹی اپ ڈیٹس نہیں ملتیں۔',
    update: 'ہم چاہتے ہیں کہ آپ ویب سائٹ استعمال کرتے رہیں، اس لیے ہمارا مشورہ ہے کہ آپ {browsers} کا تازہ ترین ورژن انسٹال کریں۔',
    switch: 'ہم چاہتے ہیں کہ آپ ویب سائٹ استعمال کرتے رہیں، اس لیے ہمارا مشورہ ہے کہ آپ {browsers} استعمال کریں۔',
    updateOs: 'آپ کے آلے کے سسٹم پر اب کوئی ایسا براؤزر نہیں چلتا جسے اب بھی سیکیورٹی اپ ڈیٹس ملتی ہوں۔ اگر ممکن ہو تو سسٹم اپ ڈیٹ کریں، یا کوئی نیا آلہ استعمال کریں۔',
    updateIos: 'اپنے آلے کا سافٹ ویئر آلے کی ترتیبات میں، سافٹ ویئر اپ ڈیٹ کے حصے میں، اپ ڈیٹ کریں۔ اگر اسے اپ ڈیٹ نہیں کیا جا سکتا تو کوئی نیا آلہ استعمال کریں۔',
    updateMac: 'اگر ممکن ہو تو اپنے میک کا آپریٹنگ سسٹم (macOS) کسی نئے ورژن میں اپ ڈیٹ کریں، یا کوئی نیا کمپیوٹر استعمال کریں۔',
    remember: [
      'اگر آپ یہ پیغام بند کریں تو یہ اس آلے پر {days} دن تک دوبارہ نظر نہیں آئے گا۔',
      'اگر آپ یہ پیغام بند کریں تو یہ اس آلے پر {days} دن تک دوبارہ نظر نہیں آئے گا۔',
    ],
    dismiss: 'بند کریں',
  },
};

export default ur;
