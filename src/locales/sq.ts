import type { Locale } from './types';

/** Albanian. */
const sq: Locale = {
  tag: 'sq',
  name: 'shqip',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' ose ' },
  text: {
    heading: 'Shfletuesi juaj është i vjetëruar',
    intro: 'Së shpejti, disa pjesë të faqes {site} nuk do të funksionojnë më në këtë shfletues.',
    update: 'Dëshirojmë që të vazhdoni ta përdorni faqen, prandaj ju rekomandojmë të përditësoni në versionin më të ri të {browsers}.',
    switch: 'Dëshirojmë që të vazhdoni ta përdorni faqen, prandaj ju rekomandojmë të kaloni te {browsers}.',
    updateOs: 'Sistemi i pajisjes suaj është shumë i vjetër për një shfletues të sotëm. Përditësojeni sistemin nëse mundeni, ose përdorni një pajisje më të re.',
    remember: [
      'Do ta mbajmë mend zgjedhjen tuaj në këtë pajisje për {days} ditë.',
      'Do ta mbajmë mend zgjedhjen tuaj në këtë pajisje për {days} ditë.',
    ],
    dismiss: 'Mbyll',
  },
};

export default sq;
