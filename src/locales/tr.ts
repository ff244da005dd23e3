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
    introOutdated: 'Yakında {site} sitesinin bazı bölümleri bu tarayıcıda çalışmayacak.',
    introUnsupported: 'Bu tarayıcıda {site} sitesinin bazı bölümleri şimdiden çalışmıyor olabilir.',
    insecure: 'Bu tarayıcı, cihazınızın sisteminde artık güvenlik güncellemesi almıyor.',
    update: 'Siteyi kullanmaya devam edebilmenizi istiyoruz; bu nedenle {browsers} tarayıcısının en son sürümünü kullanmanızı öneririz.',
    switch: 'Siteyi kullanmaya devam edebilmenizi istiyoruz; bu nedenle başka bir tarayıcıya geçmenizi öneririz: {browsers}.',
    updateOs: 'Cihazınızın sisteminde artık güvenlik güncellemesi alan hiçbir tarayıcı çalışmıyor. Mümkünse sistemi güncelleyin veya daha yeni bir cihaz kullanın.',
    updateIos: 'Cihazınızın yazılımını Ayarlar › Genel › Yazılım Güncelleme bölümünden güncelleyin. Güncellenemiyorsa daha yeni bir cihaz kullanın.',
    updateMac: "Mümkünse Mac'inizin işletim sistemini (macOS) daha yeni bir sürüme güncelleyin veya daha yeni bir bilgisayar kullanın.",
    remember: [
      'Bu bildirimi kapatırsanız bu cihazda {days} gün boyunca tekrar gösterilmeyecek.',
      'Bu bildirimi kapatırsanız bu cihazda {days} gün boyunca tekrar gösterilmeyecek.',
    ],
    dismiss: 'Kapat',
  },
};

export default tr;
