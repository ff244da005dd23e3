import type { Locale } from './types';

/** Chinese (Simplified). */
const zh_hans: Locale = {
  tag: 'zh-Hans',
  name: '简体中文',
  dir: 'ltr',
  reviewed: false,
  plural: 'other',
  list: { separator: '、', lastSeparator: '或' },
  text: {
    heading: '您的浏览器版本过旧',
    introOutdated: '{site}网站的部分功能很快将无法在此浏览器中使用。',
    introUnsupported: '{site}网站的部分功能可能已经无法在此浏览器中使用。',
    insecure: '此浏览器在您设备的系统上已不再获得安全更新。',
    update: '为了让您能继续使用本网站，建议您使用最新版本的{browsers}。',
    switch: '为了让您能继续使用本网站，建议您改用{browsers}。',
    updateOs: '您设备上的系统已无法运行任何仍获得安全更新的浏览器。如有可能，请更新系统，或使用较新的设备。',
    updateIos: '请在“设置 › 通用 › 软件更新”中更新设备的软件。如果设备无法更新，请使用较新的设备。',
    updateMac: '如有可能，请将 Mac 的操作系统（macOS）更新到较新的版本，或使用较新的电脑。',
    remember: [
      '关闭此提示后，它在此设备上{days}天内不会再次出现。',
    ],
    dismiss: '关闭',
  },
};

export default zh_hans;
