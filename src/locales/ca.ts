import type { Locale } from './types';

/** Catalan — co-official in Catalonia, the Valencian Community (as Valencian) and the Balearic Islands. */
const ca: Locale = {
  tag: 'ca',
  name: 'català',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR ca: one (1), other for whole numbers
  list: { separator: ', ', lastSeparator: ' o ' },
  text: {
    heading: 'El vostre navegador està desactualitzat',
    introOutdated: 'Aviat algunes parts del lloc web {site} deixaran de funcionar en aquest navegador.',
    introUnsupported: 'És possible que algunes parts del lloc web {site} ja no funcionin en aquest navegador.',
    insecure: 'Aquest navegador ja no rep actualitzacions de seguretat per al sistema del vostre dispositiu.',
    update: 'Perquè pugueu continuar utilitzant el lloc web, us recomanem que actualitzeu a la darrera versió de {browsers}.',
    switch: 'Perquè pugueu continuar utilitzant el lloc web, us recomanem que canvieu a {browsers}.',
    updateOs: 'Ja no hi ha cap navegador que encara rebi actualitzacions de seguretat per al sistema del vostre dispositiu. Actualitzeu el sistema si podeu, o feu servir un dispositiu més nou.',
    updateIos: 'Actualitzeu el programari del dispositiu a Configuració › General › Actualització de programari. Si no es pot actualitzar, feu servir un dispositiu més nou.',
    updateMac: 'Actualitzeu el sistema operatiu del Mac (macOS) a una versió més nova si podeu, o feu servir un ordinador més nou.',
    remember: [
      'Si tanqueu aquest avís, no tornarà a aparèixer en aquest dispositiu durant {days} dia.',
      'Si tanqueu aquest avís, no tornarà a aparèixer en aquest dispositiu durant {days} dies.',
    ],
    dismiss: 'Tanca',
  },
};

export default ca;
