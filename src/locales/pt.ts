import type { Locale } from './types';

/** Portuguese (European). */
const pt: Locale = {
  tag: 'pt',
  name: 'português',
  dir: 'ltr',
  reviewed: false,
  plural: 'zero-one-other',
  list: { separator: ', ', lastSeparator: ' ou ' },
  text: {
    heading: 'O seu navegador está desatualizado',
    intro: 'Em breve, algumas partes do site {site} deixarão de funcionar com este navegador.',
    update: 'Queremos que possa continuar a utilizar o site, pelo que recomendamos que atualize para a versão mais recente de {browsers}.',
    switch: 'Queremos que possa continuar a utilizar o site, pelo que recomendamos que mude para {browsers}.',
    updateOs: 'O sistema do seu dispositivo é demasiado antigo para um navegador atual. Atualize o sistema, se puder, ou utilize um dispositivo mais recente.',
    remember: [
      'Vamos lembrar a sua escolha neste dispositivo durante {days} dia.',
      'Vamos lembrar a sua escolha neste dispositivo durante {days} dias.',
    ],
    dismiss: 'Fechar',
  },
};

export default pt;
