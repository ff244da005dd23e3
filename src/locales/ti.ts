import type { Locale } from './types';

/** Tigrinya (Ge’ez script); draft wording, needs review by a native speaker. */
const ti: Locale = {
  tag: 'ti',
  name: 'ትግርኛ',
  dir: 'ltr',
  reviewed: false,
  plural: 'zero-one-other', // CLDR ti: one (0 and 1), other
  list: { separator: '፣ ', lastSeparator: ' ወይ ' },
  text: {
    heading: 'ብራውዘርኩም ኣረጊቑ ኣሎ',
    intro: 'ኣብ ቀረባ እዋን ገለ ክፋላት ናይ መርበብ {site} ኣብዚ ብራውዘር ክሰርሑ ኣይኮኑን።',
    update: 'ነቲ መርበብ ምጥቃም ክትቅጽሉ ንደሊ ኢና፣ ስለዚ ናብቲ ዝሓደሰ ስሪት ናይ {browsers} ከተሐድሱ ንመኽር።',
    switch: 'ነቲ መርበብ ምጥቃም ክትቅጽሉ ንደሊ ኢና፣ ስለዚ ናብ {browsers} ክትቕይሩ ንመኽር።',
    updateOs: 'ሲስተም መሳርሒኹም ንሓድሽ ብራውዘር ኣዝዩ ኣረጊቑ እዩ። እንተኽኢልኩም ነቲ ሲስተም ኣሐድስዎ፣ ወይ ሓድሽ መሳርሒ ተጠቐሙ።',
    remember: [
      'ምርጫኹም ኣብዚ መሳርሒ ንእዋን {days} መዓልቲ ክንዝክሮ ኢና።',
      'ምርጫኹም ኣብዚ መሳርሒ ንእዋን {days} መዓልቲ ክንዝክሮ ኢና።',
    ],
    dismiss: 'ዕጸዉ',
  },
};

export default ti;
