import type { Locale } from './types';

/** Galician — co-official in Galicia. */
const gl: Locale = {
  tag: 'gl',
  name: 'galego',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR gl: one (1), other
  list: { separator: ', ', lastSeparator: ' ou ' },
  text: {
    heading: 'O seu navegador está desactualizado',
    introOutdated: 'En breve, algunhas partes do sitio web {site} deixarán de funcionar neste navegador.',
    introUnsupported: 'É posible que algunhas partes do sitio web {site} xa non funcionen neste navegador.',
    insecure: 'Este navegador xa non recibe actualizacións de seguranza para o sistema do seu dispositivo.',
    update: 'Para que poida seguir usando o sitio web, recomendámoslle que actualice á última versión de {browsers}.',
    switch: 'Para que poida seguir usando o sitio web, recomendámoslle que cambie a {browsers}.',
    updateOs: 'Xa non hai ningún navegador que siga recibindo actualizacións de seguranza para o sistema do seu dispositivo. Actualice o sistema se pode, ou use un dispositivo máis recente.',
    updateIos: 'Actualice o software do dispositivo na configuración do dispositivo, no apartado de actualización de software. Se non se pode actualizar, use un dispositivo máis recente.',
    updateMac: 'Actualice o sistema operativo do seu Mac (macOS) a unha versión máis recente se pode, ou use un ordenador máis recente.',
    remember: [
      'Se pecha este aviso, non volverá aparecer neste dispositivo durante {days} día.',
      'Se pecha este aviso, non volverá aparecer neste dispositivo durante {days} días.',
    ],
    dismiss: 'Pechar',
  },
};

export default gl;
