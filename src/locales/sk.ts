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
    intro: 'Čoskoro v ňom prestanú fungovať niektoré časti webovej lokality {site}.',
    update: 'Chceme, aby ste mohli lokalitu naďalej používať, a preto odporúčame aktualizovať prehliadač na najnovšiu verziu: {browsers}.',
    switch: 'Chceme, aby ste mohli lokalitu naďalej používať, a preto odporúčame prejsť na prehliadač {browsers}.',
    updateOs: 'Systém vo vašom zariadení je pre aktuálny prehliadač príliš starý. Ak môžete, aktualizujte systém alebo použite novšie zariadenie.',
    remember: [
      'Vašu voľbu si v tomto zariadení zapamätáme na {days} deň.',
      'Vašu voľbu si v tomto zariadení zapamätáme na {days} dni.',
      'Vašu voľbu si v tomto zariadení zapamätáme na {days} dní.',
    ],
    dismiss: 'Zavrieť',
  },
};

export default sk;
