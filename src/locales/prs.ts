import type { Locale } from './types';

/** Dari (Afghan Persian); draft wording, needs review by a native speaker. */
const prs: Locale = {
  tag: 'prs',
  name: 'دری',
  dir: 'rtl',
  reviewed: false,
  plural: 'zero-one-other', // follows Persian (CLDR fa): one (0 and 1), other
  list: { separator: '، ', lastSeparator: ' یا ' },
  text: {
    heading: 'براوزر شما کهنه شده است',
    intro: 'به زودی بعضی بخش‌های ویب‌سایت {site} در این براوزر کار نخواهد کرد.',
    update: 'ما می‌خواهیم که شما بتوانید همچنان از ویب‌سایت استفاده کنید، بنابراین پیشنهاد می‌کنیم جدیدترین نسخهٔ {browsers} را نصب کنید.',
    switch: 'ما می‌خواهیم که شما بتوانید همچنان از ویب‌سایت استفاده کنید، بنابراین پیشنهاد می‌کنیم از {browsers} استفاده کنید.',
    updateOs: 'سیستم آلهٔ شما برای یک براوزر جدید بیش از حد کهنه است. اگر می‌توانید سیستم را تجدید کنید، یا از یک آلهٔ جدیدتر استفاده کنید.',
    remember: [
      'ما انتخاب شما را برای {days} روز در این آله به خاطر خواهیم داشت.',
      'ما انتخاب شما را برای {days} روز در این آله به خاطر خواهیم داشت.',
    ],
    dismiss: 'بستن',
  },
};

export default prs;
