import type { Locale } from './types';

/** Hebrew, addressing the reader in the plural throughout (the usual gender-neutral form in interfaces). */
const he: Locale = {
  tag: 'he',
  name: 'עברית',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-two-other', // CLDR he (since v42): one, two, other for whole numbers; two is the dual "יומיים", without the digit
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F, ', lastSeparator: ' או ' },
  text: {
    heading: 'הדפדפן שלכם אינו מעודכן',
    introOutdated: 'בקרוב חלקים מהאתר {site} יפסיקו לפעול בדפדפן זה.',
    introUnsupported: 'ייתכן שחלקים מהאתר {site} כבר אינם פועלים בדפדפן זה.',
    insecure: 'הדפדפן הזה כבר לא מקבל עדכוני אבטחה במערכת שבמכשיר שלכם.',
    update: 'אנחנו רוצים שתוכלו להמשיך להשתמש באתר, ולכן מומלץ לעדכן לגרסה העדכנית ביותר של {browsers}.',
    switch: 'אנחנו רוצים שתוכלו להמשיך להשתמש באתר, ולכן מומלץ לעבור אל {browsers}.',
    updateOs: 'למערכת שבמכשיר שלכם כבר אין דפדפן שעדיין מקבל עדכוני אבטחה. אם אפשר, כדאי לעדכן את המערכת או להשתמש במכשיר חדש יותר.',
    updateIos: 'כדאי לעדכן את התוכנה במכשיר שלכם בהגדרות › כללי › עדכון תוכנה. אם אי אפשר לעדכן אותו, כדאי להשתמש במכשיר חדש יותר.',
    updateMac: 'אם אפשר, כדאי לעדכן את מערכת ההפעלה של ה־Mac שלכם (macOS) לגרסה חדשה יותר, או להשתמש במחשב חדש יותר.',
    remember: [
      'אם תסגרו את ההודעה, היא לא תוצג שוב במכשיר זה במשך {days} יום.',
      'אם תסגרו את ההודעה, היא לא תוצג שוב במכשיר זה במשך יומיים.',
      'אם תסגרו את ההודעה, היא לא תוצג שוב במכשיר זה במשך {days} ימים.',
    ],
    dismiss: 'סגירה',
  },
};

export default he;
