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
    introOutdated: 'Pronto, algunas partes del sitio {site} dejarán de funcionar con este navegador.',
    introUnsupported: 'Es posible que algunas partes del sitio {site} ya no funcionen con este navegador.',
    insecure: 'Este navegador ya no recibe actualizaciones de seguridad para el sistema de su dispositivo.',
    update: 'Queremos que pueda seguir usando el sitio, por lo que le recomendamos actualizar a la última versión de {browsers}.',
    switch: 'Queremos que pueda seguir usando el sitio, por lo que le recomendamos cambiar a {browsers}.',
    updateOs: 'Ya no hay ningún navegador que siga recibiendo actualizaciones de seguridad para el sistema de su dispositivo. Actualice el sistema si puede o utilice un dispositivo más reciente.',
    updateIos: 'Actualice el software de su dispositivo en Ajustes › General › Actualización de software. Si no se puede actualizar, utilice un dispositivo más reciente.',
    updateMac: 'Actualice el sistema operativo de su Mac (macOS) a una versión más reciente si puede, o utilice un ordenador más reciente.',
    remember: [
      'Si cierra este aviso, no volverá a aparecer en este dispositivo durante {days} día.',
      'Si cierra este aviso, no volverá a aparecer en este dispositivo durante {days} días.',
    ],
    dismiss: 'Cerrar',
  },
};

export default es;
