import type { Locale } from './types';

/** Turkish. */
const tr: Locale = {
  tag: 'tr',
  name: 'Türkçe',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other', // CLDR tr: one, other (the noun stays singular after numbers)
  list: { separator: ', ', lastSeparator: ' veya ' },
  text: {
    heading: 'Tarayıcınız güncel değil',
    intro: 'Yakında {site} sitesinin bazı bölümleri bu tarayıcıda çalışmayacak.',
    update: 'Siteyi kullanmaya devam edebilmenizi istiyoruz; bu nedenle tarayıcınızı en son sürüme güncellemenizi öneririz: {browsers}.',
    switch: 'Siteyi kullanmaya devam edebilmenizi istiyoruz; bu nedenle başka bir tarayıcıya geçmenizi öneririz: {browsers}.',
    updateOs: 'Cihazınızın sistemi güncel bir tarayıcı için çok eski. Mümkünse sistemi güncelleyin veya daha yeni bir cihaz kullanın.',
    remember: [
      'Seçiminizi bu cihazda {days} gün boyunca hatırlayacağız.',
      'Seçiminizi bu cihazda {days} gün boyunca hatırlayacağız.',
    ],
    dismiss: 'Kapat',
  },
};

export default tr;
