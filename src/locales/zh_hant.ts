import type { Locale } from './types';

/**
 * Traditional Chinese, with Taiwan's terms (瀏覽器, 裝置). `zh-TW`, `zh-HK` and `zh-MO` choose it;
 * they never fall back to Simplified Chinese.
 */
const zh_hant: Locale = {
  tag: 'zh-Hant',
  name: '繁體中文',
  dir: 'ltr',
  reviewed: false,
  plural: 'other',
  list: { separator: '、', lastSeparator: '或' },
  text: {
    heading: '您的瀏覽器版本過舊',
    introOutdated: '{site}網站的部分功能很快將無法在此瀏覽器中使用。',
    introUnsupported: '{site}網站的部分功能可能已無法在此瀏覽器中使用。',
    insecure: '此瀏覽器在您裝置的系統上已不再獲得安全性更新。',
    update: '為了讓您能繼續使用本網站，建議您使用最新版本的{browsers}。',
    switch: '為了讓您能繼續使用本網站，建議您改用{browsers}。',
    updateOs: '您裝置上的系統已無法執行任何仍獲得安全性更新的瀏覽器。如有可能，請更新系統，或改用較新的裝置。',
    updateIos: '請在「設定 › 一般 › 軟體更新」中更新裝置的軟體。如果裝置無法更新，請改用較新的裝置。',
    updateMac: '如有可能，請將 Mac 的作業系統（macOS）更新至較新的版本，或改用較新的電腦。',
    remember: [
      '關閉此通知後，在此裝置上{days}天內不會再次顯示。',
    ],
    dismiss: '關閉',
  },
};

export default zh_hant;
