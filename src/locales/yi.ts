import type { Locale } from './types';

/** Yiddish — a national minority language of Sweden (YIVO spelling: ניט, אַפּאַראַט rather than נישט, מכשיר); draft wording, needs review by a native speaker. */
const yi: Locale = {
  tag: 'yi',
  name: 'ייִדיש',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR yi: one (1), other
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F, ', lastSeparator: ' אָדער ' },
  text: {
    heading: 'אײַער בלעטערער איז פֿאַרעלטערט',
    introOutdated: 'באַלד וועלן טיילן פֿונעם וועבזײַטל {site} ניט מער אַרבעטן אין דעם בלעטערער.',
    introUnsupported: 'טיילן פֿונעם וועבזײַטל {site} אַרבעטן אפֿשר שוין ניט אין דעם בלעטערער.',
    insecure: 'דער בלעטערער באַקומט שוין ניט קיין זיכערהייט־דערהײַנטיקונגען אויף דער סיסטעם פֿון אײַער אַפּאַראַט.',
    update: 'מיר ווילן, אַז איר זאָלט קענען ווײַטער ניצן דעם וועבזײַטל, דערפֿאַר רעקאָמענדירן מיר צו דערהײַנטיקן צו דער נײַסטער ווערסיע פֿון {browsers}.',
    switch: 'מיר ווילן, אַז איר זאָלט קענען ווײַטער ניצן דעם וועבזײַטל, דערפֿאַר רעקאָמענדירן מיר איבערצוגיין צו {browsers}.',
    updateOs: 'אויף דער סיסטעם פֿון אײַער אַפּאַראַט לויפֿט שוין ניט קיין בלעטערער, וואָס באַקומט נאָך זיכערהייט־דערהײַנטיקונגען. דערהײַנטיקט די סיסטעם, אויב איר קענט, אָדער ניצט אַ נײַערן אַפּאַראַט.',
    updateIos: 'דערהײַנטיקט די ווייכווארג אויף אײַער אַפּאַראַט אין די אײַנשטעלונגען, אונטער ווייכווארג־דערהײַנטיקונג. אויב מע קען אים ניט דערהײַנטיקן, ניצט אַ נײַערן אַפּאַראַט.',
    updateMac: 'דערהײַנטיקט די אָפּערירסיסטעם פֿון אײַער Mac (macOS) צו אַ נײַערער ווערסיע, אויב איר קענט, אָדער ניצט אַ נײַערן קאָמפּיוטער.',
    remember: [
      'אויב איר פֿאַרמאַכט די מעלדונג, וועט זי זיך {days} טאָג ניט ווײַזן אויף דעם אַפּאַראַט.',
      'אויב איר פֿאַרמאַכט די מעלדונג, וועט זי זיך {days} טעג ניט ווײַזן אויף דעם אַפּאַראַט.',
    ],
    dismiss: 'פֿאַרמאַכן',
  },
};

export default yi;
