import type { Locale } from './types';

/** Arabic (Modern Standard Arabic). */
const ar: Locale = {
  tag: 'ar',
  name: 'العربية',
  dir: 'rtl',
  reviewed: false,
  plural: 'arabic', // CLDR ar: zero, one, two, few, many, other; one and two are said
  // with words ("يوم واحد", the dual "يومين"), without the digit
  // The right-to-left mark after each browser name keeps a comma between two Latin-script
  // names from joining them into one left-to-right run: the list reads in order, first on the right.
  list: { separator: '\u200F، ', lastSeparator: ' أو ' },
  text: {
    heading: 'متصفحك غير محدَّث',
    introOutdated: 'قريبًا ستتوقف بعض أجزاء موقع {site} عن العمل في هذا المتصفح.',
    introUnsupported: 'ربما لم تعد بعض أجزاء موقع {site} تعمل في هذا المتصفح.',
    insecure: 'لم يعد هذا المتصفح يتلقى تحديثات الأمان على نظام جهازك.',
    update: 'نرغب في أن تتمكن من مواصلة استخدام الموقع، لذا نوصي بالتحديث إلى أحدث إصدار من {browsers}.',
    switch: 'نرغب في أن تتمكن من مواصلة استخدام الموقع، لذا نوصي بالانتقال إلى {browsers}.',
    updateOs: 'لم يعد هناك متصفح يتلقى تحديثات الأمان ويعمل على نظام جهازك. حدِّث النظام إن أمكنك، أو استخدم جهازًا أحدث.',
    updateIos: 'حدِّث برامج جهازك من الإعدادات › عام › تحديث البرنامج. وإن تعذّر تحديثه، فاستخدم جهازًا أحدث.',
    updateMac: 'حدِّث نظام تشغيل جهاز Mac لديك (macOS) إلى إصدار أحدث إن أمكنك، أو استخدم حاسوبًا أحدث.',
    remember: [
      'إذا أغلقت هذا الإشعار، فلن يظهر مجددًا على هذا الجهاز لمدة {days} يوم.',
      'إذا أغلقت هذا الإشعار، فلن يظهر مجددًا على هذا الجهاز لمدة يوم واحد.',
      'إذا أغلقت هذا الإشعار، فلن يظهر مجددًا على هذا الجهاز لمدة يومين.',
      'إذا أغلقت هذا الإشعار، فلن يظهر مجددًا على هذا الجهاز لمدة {days} أيام.',
      'إذا أغلقت هذا الإشعار، فلن يظهر مجددًا على هذا الجهاز لمدة {days} يومًا.',
      'إذا أغلقت هذا الإشعار، فلن يظهر مجددًا على هذا الجهاز لمدة {days} يوم.',
    ],
    dismiss: 'إغلاق',
  },
};

export default ar;
