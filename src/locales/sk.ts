import type { Locale } from './types';

/** Slovak. */
const sk: Locale = {
  tag: 'sk',
  name: 'slovenčina',
  dir: 'ltr',
  reviewed: false,
  plural: 'west-slavic',
  list: { separator: ', ', lastSeparator: ' alebo ' },
  text: {
    heading: 'Váš prehliadač je zastaraný',
    introOutdated: 'Čoskoro v ňom prestanú fungovať niektoré časti webovej lokality {site}.',
    introUnsupported: 'Niektoré časti webovej lokality {site} v ňom už teraz nemusia fungovať.',
    insecure: 'Tento prehliadač už pre systém vo vašom zariadení nedostáva bezpečnostné aktualizácie.',
    update: 'Chceme, aby ste mohli lokalitu naďalej používať, a preto odporúčame najnovšiu verziu prehliadača {browsers}.',
    switch: 'Chceme, aby ste mohli lokalitu naďalej používať, a preto odporúčame prejsť na prehliadač {browsers}.',
    updateOs: 'Pre systém vo vašom zariadení už nie je žiadny prehliadač, ktorý by dostával bezpečnostné aktualizácie. Ak môžete, aktualizujte systém alebo použite novšie zariadenie.',
    updateIos: 'Aktualizujte softvér zariadenia v časti Nastavenia › Všeobecné › Aktualizácia softvéru. Ak sa zariadenie nedá aktualizovať, použite novšie.',
    updateMac: 'Ak môžete, aktualizujte operačný systém svojho Macu (macOS) na novšiu verziu alebo použite novší počítač.',
    remember: [
      'Ak toto oznámenie zatvoríte, na tomto zariadení sa {days} deň nebude zobrazovať.',
      'Ak toto oznámenie zatvoríte, na tomto zariadení sa {days} dni nebude zobrazovať.',
      'Ak toto oznámenie zatvoríte, na tomto zariadení sa {days} dní nebude zobrazovať.',
    ],
    dismiss: 'Zavrieť',
  },
};

export default sk;
