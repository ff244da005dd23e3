import type { Locale } from './types';

/** Yiddish — a national minority language of Sweden (YIVO spelling); draft wording, needs review by a native speaker. */
const yi: Locale = {
  tag: 'yi',
  name: 'ייִדיש',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR yi: one (1), other
  list: { separator: ', ', lastSeparator: ' אָדער ' },
  text: {
    heading: 'אײַער בלעטערער איז פֿאַרעלטערט',
    intro: 'באַלד וועלן טיילן פֿונעם וועבזײַטל {site} מער נישט אַרבעטן אין דעם בלעטערער.',
    update: 'מיר ווילן, אַז איר זאָלט קענען ווײַטער ניצן דעם וועבזײַטל, דערפֿאַר רעקאָמענדירן מיר צו דערהײַנטיקן צו דער נײַסטער ווערסיע פֿון {browsers}.',
    switch: 'מיר ווילן, אַז איר זאָלט קענען ווײַטער ניצן דעם וועבזײַטל, דערפֿאַר רעקאָמענדירן מיר איבערצוגיין צו {browsers}.',
    updateOs: 'די סיסטעם אויף אײַער מכשיר איז צו אַלט פֿאַר אַ הײַנטיקן בלעטערער. דערהײַנטיקט די סיסטעם, אויב איר קענט, אָדער ניצט אַ נײַערן מכשיר.',
    remember: [
      'מיר וועלן געדענקען אײַער ברירה אויף דעם מכשיר {days} טאָג.',
      'מיר וועלן געדענקען אײַער ברירה אויף דעם מכשיר {days} טעג.',
    ],
    dismiss: 'פֿאַרמאַכן',
  },
};

export default yi;
