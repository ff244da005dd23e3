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
    intro: '{site}的部分功能很快将无法在此浏览器中使用。',
    update: '为了让您能继续使用本网站，建议您将浏览器更新到最新版本：{browsers}。',
    switch: '为了让您能继续使用本网站，建议您改用{browsers}。',
    updateOs: '您设备上的系统太旧，无法运行当前版本的浏览器。如有可能，请更新系统，或使用较新的设备。',
    remember: [
      '我们将在此设备上记住您的选择，为期{days}天。',
    ],
    dismiss: '关闭',
  },
};

export default zh_hans;
