import type { Locale } from './types';

/** Arabic (Modern Standard Arabic). */
const ar: Locale = {
  tag: 'ar',
  name: 'العربية',
  dir: 'rtl',
  reviewed: false,
  plural: 'arabic', // CLDR ar: zero, one, two, few, many, other; one/two keep the digit here
  list: { separator: '، ', lastSeparator: ' أو ' },
  text: {
    heading: 'متصفحك غير محدَّث',
    intro: 'قريبًا ستتوقف بعض أجزاء موقع {site} عن العمل في هذا المتصفح.',
    update: 'نرغب في أن تتمكن من مواصلة استخدام الموقع، لذا نوصي بالتحديث إلى أحدث إصدار من {browsers}.',
    switch: 'نرغب في أن تتمكن من مواصلة استخدام الموقع، لذا نوصي بالانتقال إلى {browsers}.',
    updateOs: 'نظام جهازك أقدم من أن يعمل عليه متصفح حديث. حدِّث النظام إن أمكنك، أو استخدم جهازًا أحدث.',
    remember: [
      'سنتذكر اختيارك على هذا الجهاز لمدة {days} يوم.',
      'سنتذكر اختيارك على هذا الجهاز لمدة {days} يوم.',
      'سنتذكر اختيارك على هذا الجهاز لمدة {days} يوم.',
      'سنتذكر اختيارك على هذا الجهاز لمدة {days} أيام.',
      'سنتذكر اختيارك على هذا الجهاز لمدة {days} يومًا.',
      'سنتذكر اختيارك على هذا الجهاز لمدة {days} يوم.',
    ],
    dismiss: 'إغلاق',
  },
};

export default ar;
