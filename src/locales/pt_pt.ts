import type { Locale } from './types';

/**
 * European Portuguese (Portugal, and through `pt-AO`, `pt-MZ`… the other countries whose
 * CLDR locale inherits from `pt-PT`). Plain `pt` means Brazilian: see `pt_br.ts`.
 */
const pt_pt: Locale = {
  tag: 'pt-PT',
  name: 'português (Portugal)',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR pt-PT: one is 1 only (plain pt, Brazilian, counts 0 as one too)
  list: { separator: ', ', lastSeparator: ' ou ' },
  text: {
    heading: 'O seu navegador está desatualizado',
    introOutdated: 'Em breve, algumas partes do site {site} deixarão de funcionar com este navegador.',
    introUnsupported: 'É possível que algumas partes do site {site} já não funcionem com este navegador.',
    insecure: 'Este navegador já não recebe atualizações de segurança no sistema do seu dispositivo.',
    update: 'Queremos que possa continuar a utilizar o site, pelo que recomendamos que atualize para a versão mais recente de {browsers}.',
    switch: 'Queremos que possa continuar a utilizar o site, pelo que recomendamos que mude para {browsers}.',
    updateOs: 'Já não existe nenhum navegador que continue a receber atualizações de segurança para o sistema do seu dispositivo. Atualize o sistema, se puder, ou utilize um dispositivo mais recente.',
    updateIos: 'Atualize o software do seu dispositivo em Definições › Geral › Atualização de software. Se não for possível atualizá-lo, utilize um dispositivo mais recente.',
    updateMac: 'Atualize o sistema operativo do seu Mac (macOS) para uma versão mais recente, se puder, ou utilize um computador mais recente.',
    remember: [
      'Se fechar este aviso, não voltará a aparecer neste dispositivo durante {days} dia.',
      'Se fechar este aviso, não voltará a aparecer neste dispositivo durante {days} dias.',
    ],
    dismiss: 'Fechar',
  },
};

export default pt_pt;
