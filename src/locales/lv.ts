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
    introOutdated: 'Drīz daļa vietnes {site} šajā pārlūkprogrammā vairs nedarbosies.',
    introUnsupported: 'Daļa vietnes {site} šajā pārlūkprogrammā, iespējams, jau tagad nedarbojas.',
    insecure: 'Šī pārlūkprogramma jūsu ierīces sistēmā vairs nesaņem drošības atjauninājumus.',
    update: 'Vēlamies, lai jūs varētu turpināt lietot vietni, tāpēc iesakām jaunāko pārlūkprogrammas {browsers} versiju.',
    switch: 'Vēlamies, lai jūs varētu turpināt lietot vietni, tāpēc iesakām pāriet uz pārlūkprogrammu {browsers}.',
    updateOs: 'Jūsu ierīces sistēmai vairs nav pārlūkprogrammas, kas saņemtu drošības atjauninājumus. Ja iespējams, atjauniniet sistēmu vai izmantojiet jaunāku ierīci.',
    updateIos: 'Atjauniniet ierīces programmatūru ierīces iestatījumos, sadaļā par programmatūras atjauninājumiem. Ja ierīci nevar atjaunināt, izmantojiet jaunāku.',
    updateMac: 'Ja iespējams, atjauniniet sava Mac datora operētājsistēmu (macOS) uz jaunāku versiju vai izmantojiet jaunāku datoru.',
    remember: [
      'Ja aizvērsiet šo paziņojumu, tas šajā ierīcē netiks rādīts {days} dienas.',
      'Ja aizvērsiet šo paziņojumu, tas šajā ierīcē netiks rādīts {days} dienu.',
      'Ja aizvērsiet šo paziņojumu, tas šajā ierīcē netiks rādīts {days} dienas.',
    ],
    dismiss: 'Aizvērt',
  },
};

export default lv;
