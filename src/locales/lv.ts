import type { Locale } from './types';

/** Latvian. */
const lv: Locale = {
  tag: 'lv',
  name: 'latviešu',
  dir: 'ltr',
  reviewed: false,
  plural: 'latvian',
  list: { separator: ', ', lastSeparator: ' vai ' },
  text: {
    heading: 'Jūsu pārlūkprogramma ir novecojusi',
    intro: 'Drīz daļa vietnes {site} šajā pārlūkprogrammā vairs nedarbosies.',
    update: 'Vēlamies, lai jūs varētu turpināt lietot vietni, tāpēc iesakām atjaunināt pārlūkprogrammu uz jaunāko versiju: {browsers}.',
    switch: 'Vēlamies, lai jūs varētu turpināt lietot vietni, tāpēc iesakām pāriet uz pārlūkprogrammu {browsers}.',
    updateOs: 'Jūsu ierīces sistēma ir pārāk veca mūsdienīgai pārlūkprogrammai. Ja iespējams, atjauniniet sistēmu vai izmantojiet jaunāku ierīci.',
    remember: [
      'Mēs atcerēsimies jūsu izvēli šajā ierīcē {days} dienas.',
      'Mēs atcerēsimies jūsu izvēli šajā ierīcē {days} dienu.',
      'Mēs atcerēsimies jūsu izvēli šajā ierīcē {days} dienas.',
    ],
    dismiss: 'Aizvērt',
  },
};

export default lv;
