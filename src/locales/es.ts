import type { Locale } from './types';

/** Spanish (Spain). */
const es: Locale = {
  tag: 'es',
  name: 'español',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' o ' },
  text: {
    heading: 'Su navegador está desactualizado',
    intro: 'Pronto, algunas partes del sitio {site} dejarán de funcionar con este navegador.',
    update: 'Queremos que pueda seguir usando el sitio, por lo que le recomendamos actualizar a la última versión de {browsers}.',
    switch: 'Queremos que pueda seguir usando el sitio, por lo que le recomendamos cambiar a {browsers}.',
    updateOs: 'El sistema de su dispositivo es demasiado antiguo para un navegador actual. Actualice el sistema si puede o utilice un dispositivo más reciente.',
    remember: [
      'Recordaremos su elección en este dispositivo durante {days} día.',
      'Recordaremos su elección en este dispositivo durante {days} días.',
    ],
    dismiss: 'Cerrar',
  },
};

export default es;
