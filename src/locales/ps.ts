import type { Locale } from './types';

/** Pashto; draft wording, needs review by a native speaker. */
const ps: Locale = {
  tag: 'ps',
  name: 'پښتو',
  dir: 'rtl',
  reviewed: false,
  plural: 'one-other', // CLDR ps: one (1), other
  list: { separator: '، ', lastSeparator: ' یا ' },
  text: {
    heading: 'ستاسو براوزر زوړ دی',
    intro: 'ډېر ژر به د {site} ویب‌سایټ ځینې برخې په دې براوزر کې کار ونه کړي.',
    update: 'موږ غواړو چې تاسو وکولای شئ له ویب‌سایټ څخه ګټه اخیستلو ته دوام ورکړئ، نو وړاندیز کوو چې د {browsers} تر ټولو نوې نسخه نصب کړئ.',
    switch: 'موږ غواړو چې تاسو وکولای شئ له ویب‌سایټ څخه ګټه اخیستلو ته دوام ورکړئ، نو وړاندیز کوو چې {browsers} وکاروئ.',
    updateOs: 'ستاسو د وسیلې سیسټم د نوي براوزر لپاره ډېر زوړ دی. که کولای شئ سیسټم تازه کړئ، یا نوې وسیله وکاروئ.',
    remember: [
      'موږ به ستاسو انتخاب په دې وسیله کې د {days} ورځې لپاره په یاد ولرو.',
      'موږ به ستاسو انتخاب په دې وسیله کې د {days} ورځو لپاره په یاد ولرو.',
    ],
    dismiss: 'بندول',
  },
};

export default ps;
