import type { Locale } from './types';

/** Persian (Farsi). */
const fa: Locale = {
  tag: 'fa',
  name: 'فارسی',
  dir: 'rtl',
  reviewed: false,
  plural: 'zero-one-other', // CLDR fa: one (0 and 1), other; the noun stays singular after numbers
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F، ', lastSeparator: ' یا ' },
  text: {
    heading: 'مرورگر شما به‌روز نیست',
    introOutdated: 'به‌زودی بخش‌هایی از وب‌سایت {site} در این مرورگر دیگر کار نمی‌کنند.',
    introUnsupported: 'ممکن است بخش‌هایی از وب‌سایت {site} هم‌اکنون در این مرورگر کار نکنند.',
    insecure: 'این مرورگر دیگر روی سیستم دستگاه شما به‌روزرسانی امنیتی دریافت نمی‌کند.',
    update: 'می‌خواهیم بتوانید همچنان از وب‌سایت استفاده کنید؛ بنابراین پیشنهاد می‌کنیم آخرین نسخهٔ {browsers} را نصب کنید.',
    switch: 'می‌خواهیم بتوانید همچنان از وب‌سایت استفاده کنید؛ بنابراین پیشنهاد می‌کنیم از {browsers} استفاده کنید.',
    updateOs: 'دیگر هیچ مرورگری که هنوز به‌روزرسانی امنیتی دریافت کند، روی سیستم دستگاه شما اجرا نمی‌شود. در صورت امکان سیستم را به‌روزرسانی کنید یا از دستگاه جدیدتری استفاده کنید.',
    updateIos: 'نرم‌افزار دستگاه خود را از تنظیمات دستگاه، در بخش به‌روزرسانی نرم‌افزار، به‌روز کنید. اگر به‌روزرسانی ممکن نیست، از دستگاه جدیدتری استفاده کنید.',
    updateMac: 'در صورت امکان سیستم‌عامل مک خود (macOS) را به نسخهٔ جدیدتری به‌روزرسانی کنید یا از رایانهٔ جدیدتری استفاده کنید.',
    remember: [
      'اگر این پیام را ببندید، تا {days} روز روی این دستگاه دوباره نمایش داده نمی‌شود.',
      'اگر این پیام را ببندید، تا {days} روز روی این دستگاه دوباره نمایش داده نمی‌شود.',
    ],
    dismiss: 'بستن',
  },
};

export default fa;
