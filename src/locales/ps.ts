import type { Locale } from './types';

/** Pashto; draft wording, needs review by a native speaker. */
const ps: Locale = {
  tag: 'ps',
  name: 'پښتو',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR ps: one (1), other
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F، ', lastSeparator: ' یا ' },
  text: {
    heading: 'ستاسو براوزر زوړ دی',
    introOutdated: 'ډېر ژر به د {site} ویب‌سایټ ځینې برخې په دې براوزر کې کار ونه کړي.',
    introUnsupported: 'کېدای شي د {site} ویب‌سایټ ځینې برخې همدا اوس په دې براوزر کې کار ونه کړي.',
    insecure: 'دا براوزر نور ستاسو د وسیلې پر سیسټم امنیتي اپډېټونه نه ترلاسه کوي.',
    update: 'موږ غواړو چې تاسو وکولای شئ له ویب‌سایټ څخه ګټه اخیستلو ته دوام ورکړئ، نو وړاندیز کوو چې د {browsers} تر ټولو نوې نسخه نصب کړئ.',
    switch: 'موږ غواړو چې تاسو وکولای شئ له ویب‌سایټ څخه ګټه اخیستلو ته دوام ورکړئ، نو وړاندیز کوو چې {browsers} وکاروئ.',
    updateOs: 'ستاسو د وسیلې پر سیسټم نور داسې هېڅ براوزر نه چلېږي چې لا هم امنیتي اپډېټونه ترلاسه کړي. که کولای شئ، سیسټم تازه کړئ، یا نوې وسیله وکاروئ.',
    updateIos: 'د خپلې وسیلې سافټویر د وسیلې په تنظیماتو کې، د سافټویر د تازه کولو برخه کې، تازه کړئ. که تازه کېدای نه شي، نوې وسیله وکاروئ.',
    updateMac: 'که کولای شئ، د خپل مک عامل سیسټم (macOS) نوې نسخې ته تازه کړئ، یا نوی کمپیوټر وکاروئ.',
    remember: [
      'که دا خبرتیا وتړئ، په دې وسیله کې به تر {days} ورځې پورې بیا ونه ښودل شي.',
      'که دا خبرتیا وتړئ، په دې وسیله کې به تر {days} ورځو پورې بیا ونه ښودل شي.',
    ],
    dismiss: 'بندول',
  },
};

export default ps;
