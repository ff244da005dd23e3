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
    introOutdated: 'Së shpejti, disa pjesë të faqes {site} nuk do të funksionojnë më në këtë shfletues.',
    introUnsupported: 'Disa pjesë të faqes {site} mund të mos funksionojnë më që tani në këtë shfletues.',
    insecure: 'Ky shfletues nuk merr më përditësime sigurie në sistemin e pajisjes suaj.',
    update: 'Dëshirojmë që të vazhdoni ta përdorni faqen, prandaj ju rekomandojmë të përditësoni në versionin më të ri të {browsers}.',
    switch: 'Dëshirojmë që të vazhdoni ta përdorni faqen, prandaj ju rekomandojmë të kaloni te {browsers}.',
    updateOs: 'Për sistemin e pajisjes suaj nuk ka më asnjë shfletues që merr ende përditësime sigurie. Përditësojeni sistemin nëse mundeni, ose përdorni një pajisje më të re.',
    updateIos: 'Përditësoni softuerin e pajisjes te cilësimet e pajisjes, te përditësimi i softuerit. Nëse nuk mund të përditësohet, përdorni një pajisje më të re.',
    updateMac: 'Përditësoni sistemin operativ të Mac-ut tuaj (macOS) në një version më të ri nëse mundeni, ose përdorni një kompjuter më të ri.',
    remember: [
      'Nëse e mbyllni këtë njoftim, ai nuk do të shfaqet më në këtë pajisje për {days} ditë.',
      'Nëse e mbyllni këtë njoftim, ai nuk do të shfaqet më në këtë pajisje për {days} ditë.',
    ],
    dismiss: 'Mbyll',
  },
};

export default sq;
