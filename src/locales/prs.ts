import type { Locale } from './types';

/** Dari (Afghan Persian); draft wording, needs review by a native speaker. */
const prs: Locale = {
  tag: 'prs',
  name: 'دری',
  dir: 'rtl',
  reviewed: false,
  plural: 'zero-one-other', // follows Persian (CLDR fa): one (0 and 1), other
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F، ', lastSeparator: ' یا ' },
  text: {
    heading: 'براوزر شما کهنه شده است',
    introOutdated: 'به زودی بعضی بخش‌های ویب‌سایت {site} در این براوزر کار نخواهد کرد.',
    introUnsupported: 'ممکن است بعضی بخش‌های ویب‌سایت {site} همین حالا در این براوزر کار نکند.',
    insecure: 'این براوزر دیگر روی سیستم آلهٔ شما تجدیدهای امنیتی دریافت نمی‌کند.',
    update: 'ما می‌خواهیم که شما بتوانید همچنان از ویب‌سایت استفاده کنید، بنابراین پیشنهاد می‌کنیم جدیدترین نسخهٔ {browsers} را نصب کنید.',
    switch: 'ما می‌خواهیم که شما بتوانید همچنان از ویب‌سایت استفاده کنید، بنابراین پیشنهاد می‌کنیم از {browsers} استفاده کنید.',
    updateOs: 'دیگر هیچ براوزری که هنوز تجدیدهای امنیتی دریافت کند، روی سیستم آلهٔ شما کار نمی‌کند. در صورت امکان سیستم را تجدید کنید یا از یک آلهٔ جدیدتر استفاده کنید.',
    updateIos: 'نرم‌افزار آلهٔ خود را از تنظیمات آله، در بخش تجدید نرم‌افزار، تجدید کنید. اگر تجدید آن ممکن نیست، از یک آلهٔ جدیدتر استفاده کنید.',
    updateMac: 'در صورت امکان سیستم عامل مک خود (macOS) را به نسخهٔ جدیدتر تجدید کنید یا از یک کمپیوتر جدیدتر استفاده کنید.',
    remember: [
      'اگر این پیام را ببندید، تا {days} روز در این آله دوباره نشان داده نمی‌شود.',
      'اگر این پیام را ببندید، تا {days} روز در این آله دوباره نشان داده نمی‌شود.',
    ],
    dismiss: 'بستن',
  },
};

export default prs;
