import type { Locale } from './types';

/** Hebrew. */
const he: Locale = {
  tag: 'he',
  name: 'עברית',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-two-other', // CLDR he (since v42): one, two, other for whole numbers
  list: { separator: ', ', lastSeparator: ' או ' },
  text: {
    heading: 'הדפדפן שלך אינו מעודכן',
    intro: 'בקרוב חלקים מהאתר {site} יפסיקו לפעול בדפדפן זה.',
    update: 'אנחנו רוצים שתוכלו להמשיך להשתמש באתר, ולכן מומלץ לעדכן לגרסה העדכנית ביותר של {browsers}.',
    switch: 'אנחנו רוצים שתוכלו להמשיך להשתמש באתר, ולכן מומלץ לעבור אל {browsers}.',
    updateOs: 'המערכת במכשיר שלך ישנה מדי לדפדפן עדכני. אם אפשר, כדאי לעדכן את המערכת או להשתמש במכשיר חדש יותר.',
    remember: [
      'נזכור את הבחירה שלך במכשיר זה למשך {days} יום.',
      'נזכור את הבחירה שלך במכשיר זה למשך {days} ימים.',
      'נזכור את הבחירה שלך במכשיר זה למשך {days} ימים.',
    ],
    dismiss: 'סגירה',
  },
};

export default he;
