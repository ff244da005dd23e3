import type { Locale } from './types';

/** Persian (Farsi). */
const fa: Locale = {
  tag: 'fa',
  name: 'فارسی',
  dir: 'rtl',
  reviewed: false,
  plural: 'zero-one-other', // CLDR fa: one (0 and 1), other; the noun stays singular after numbers
  list: { separator: '، ', lastSeparator: ' یا ' },
  text: {
    heading: 'مرورگر شما به‌روز نیست',
    intro: 'به‌زودی بخش‌هایی از وب‌سایت {site} در این مرورگر دیگر کار نمی‌کنند.',
    update: 'می‌خواهیم بتوانید همچنان از وب‌سایت استفاده کنید؛ بنابراین پیشنهاد می‌کنیم مرورگر را به آخرین نسخهٔ {browsers} به‌روزرسانی کنید.',
    switch: 'می‌خواهیم بتوانید همچنان از وب‌سایت استفاده کنید؛ بنابراین پیشنهاد می‌کنیم از {browsers} استفاده کنید.',
    updateOs: 'سیستم دستگاه شما برای یک مرورگر به‌روز بیش از حد قدیمی است. اگر می‌توانید سیستم را به‌روزرسانی کنید، یا از دستگاه جدیدتری استفاده کنید.',
    remember: [
      'انتخاب شما را به مدت {days} روز روی این دستگاه به خاطر می‌سپاریم.',
      'انتخاب شما را به مدت {days} روز روی این دستگاه به خاطر می‌سپاریم.',
    ],
    dismiss: 'بستن',
  },
};

export default fa;
