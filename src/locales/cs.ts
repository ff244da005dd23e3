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
    introOutdated: 'Brzy v něm přestanou fungovat některé části webu {site}.',
    introUnsupported: 'Některé části webu {site} v něm už teď nemusí fungovat.',
    insecure: 'Tento prohlížeč už pro systém ve vašem zařízení nedostává bezpečnostní aktualizace.',
    update: 'Chceme, abyste mohli web dál používat, a proto doporučujeme nejnovější verzi prohlížeče {browsers}.',
    switch: 'Chceme, abyste mohli web dál používat, a proto doporučujeme přejít na prohlížeč {browsers}.',
    updateOs: 'Pro systém ve vašem zařízení už není žádný prohlížeč, který by dostával bezpečnostní aktualizace. Pokud můžete, aktualizujte systém, nebo použijte novější zařízení.',
    updateIos: 'Aktualizujte software zařízení v části Nastavení › Obecné › Aktualizace softwaru. Pokud zařízení aktualizovat nejde, použijte novější.',
    updateMac: 'Pokud můžete, aktualizujte operační systém svého Macu (macOS) na novější verzi, nebo použijte novější počítač.',
    remember: [
      'Když toto oznámení zavřete, nebude se na tomto zařízení {days} den zobrazovat.',
      'Když toto oznámení zavřete, nebude se na tomto zařízení {days} dny zobrazovat.',
      'Když toto oznámení zavřete, nebude se na tomto zařízení {days} dní zobrazovat.',
    ],
    dismiss: 'Zavřít',
  },
};

export default cs;
