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
    introOutdated: 'ኣብ ቀረባ እዋን ገለ ክፋላት ናይ መርበብ {site} ኣብዚ ብራውዘር ክሰርሑ ኣይኮኑን።',
    introUnsupported: 'ገለ ክፋላት ናይ መርበብ {site} ኣብዚ ብራውዘር ድሮ ዘይሰርሑ ክኾኑ ይኽእሉ እዮም።',
    insecure: 'እዚ ብራውዘር እዚ ኣብ ሲስተም መሳርሒኹም ድሕሪ ሕጂ ናይ ድሕንነት ምሕዳስ ኣይረክብን እዩ።',
    update: 'ነቲ መርበብ ምጥቃም ክትቕጽሉ ንደሊ ኢና፣ ስለዚ ናብቲ ዝሓደሰ ስሪት ናይ {browsers} ከተሐድሱ ንመኽር።',
    switch: 'ነቲ መርበብ ምጥቃም ክትቕጽሉ ንደሊ ኢና፣ ስለዚ ናብ {browsers} ክትቕይሩ ንመኽር።',
    updateOs: 'ንሲስተም መሳርሒኹም ገና ናይ ድሕንነት ምሕዳስ ዝረክብ ብራውዘር የለን። እንተኽኢልኩም ነቲ ሲስተም ኣሐድስዎ፣ ወይ ሓድሽ መሳርሒ ተጠቐሙ።',
    updateIos: 'ሶፍትዌር መሳርሒኹም ኣብ ቅጥዒታት መሳርሒ፣ ኣብ ክፋል ምሕዳስ ሶፍትዌር ኣሐድስዎ። ክሕደስ እንተዘይክኢሉ፣ ሓድሽ መሳርሒ ተጠቐሙ።',
    updateMac: 'እንተኽኢልኩም ስርዓተ ክወና ናይ Mac ኹም (macOS) ናብ ሓድሽ ስሪት ኣሐድስዎ፣ ወይ ሓድሽ ኮምፒዩተር ተጠቐሙ።',
    remember: [
      'ነዚ መልእኽቲ እንተዓጺኹምዎ፣ ኣብዚ መሳርሒ ንእዋን {days} መዓልቲ ኣይክርአን እዩ።',
      'ነዚ መልእኽቲ እንተዓጺኹምዎ፣ ኣብዚ መሳርሒ ንእዋን {days} መዓልቲ ኣይክርአን እዩ።',
    ],
    dismiss: 'ዕጸዉ',
  },
};

export default ti;
