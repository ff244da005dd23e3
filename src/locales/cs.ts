import type { Locale } from './types';

/** Czech. */
const cs: Locale = {
  tag: 'cs',
  name: 'čeština',
  dir: 'ltr',
  reviewed: false,
  plural: 'west-slavic',
  list: { separator: ', ', lastSeparator: ' nebo ' },
  text: {
    heading: 'Váš prohlížeč je zastaralý',
    intro: 'Brzy v něm přestanou fungovat některé části webu {site}.',
    update: 'Chceme, abyste mohli web dál používat, a proto doporučujeme aktualizovat prohlížeč na nejnovější verzi: {browsers}.',
    switch: 'Chceme, abyste mohli web dál používat, a proto doporučujeme přejít na prohlížeč {browsers}.',
    updateOs: 'Systém ve vašem zařízení je pro aktuální prohlížeč příliš starý. Pokud můžete, aktualizujte systém, nebo použijte novější zařízení.',
    remember: [
      'Vaši volbu si na tomto zařízení zapamatujeme na {days} den.',
      'Vaši volbu si na tomto zařízení zapamatujeme na {days} dny.',
      'Vaši volbu si na tomto zařízení zapamatujeme na {days} dní.',
    ],
    dismiss: 'Zavřít',
  },
};

export default cs;
