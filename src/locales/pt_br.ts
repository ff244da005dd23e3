import type { Locale } from './types';

/** Brazilian Portuguese — what plain `pt` means (CLDR); European Portuguese is `pt_pt.ts`. */
const pt_br: Locale = {
  tag: 'pt-BR',
  name: 'português (Brasil)',
  dir: 'ltr',
  reviewed: false,
  plural: 'zero-one-other', // CLDR pt: one (0 and 1), other
  list: { separator: ', ', lastSeparator: ' ou ' },
  text: {
    heading: 'Seu navegador está desatualizado',
    introOutdated: 'Em breve, algumas partes do site {site} vão deixar de funcionar neste navegador.',
    introUnsupported: 'Algumas partes do site {site} talvez já não funcionem neste navegador.',
    insecure: 'Este navegador não recebe mais atualizações de segurança no sistema do seu dispositivo.',
    update: 'Para continuar usando o site, recomendamos que você atualize para a versão mais recente do {browsers}.',
    switch: 'Para continuar usando o site, recomendamos que você passe a usar {browsers}.',
    updateOs: 'Não existe mais nenhum navegador que ainda receba atualizações de segurança para o sistema do seu dispositivo. Atualize o sistema, se puder, ou use um dispositivo mais novo.',
    updateIos: 'Atualize o software do seu dispositivo em Ajustes › Geral › Atualização de Software. Se não for possível atualizá-lo, use um dispositivo mais novo.',
    updateMac: 'Atualize o sistema operacional do seu Mac (macOS) para uma versão mais nova, se puder, ou use um computador mais novo.',
    remember: [
      'Se você fechar este aviso, ele não vai aparecer de novo neste dispositivo por {days} dia.',
      'Se você fechar este aviso, ele não vai aparecer de novo neste dispositivo por {days} dias.',
    ],
    dismiss: 'Fechar',
  },
};

export default pt_br;
