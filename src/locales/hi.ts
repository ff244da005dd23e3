import type { Locale } from './types';

/** Hindi. */
const hi: Locale = {
  tag: 'hi',
  name: 'हिन्दी',
  dir: 'ltr',
  reviewed: false,
  plural: 'zero-one-other',
  list: { separator: ', ', lastSeparator: ' या ' },
  text: {
    heading: 'आपका ब्राउज़र पुराना हो गया है',
    intro: 'जल्द ही {site} के कुछ हिस्से इस ब्राउज़र में काम करना बंद कर देंगे।',
    update: 'हम चाहते हैं कि आप साइट का इस्तेमाल करते रहें, इसलिए हमारा सुझाव है कि आप {browsers} का नवीनतम संस्करण इंस्टॉल करें।',
    switch: 'हम चाहते हैं कि आप साइट का इस्तेमाल करते रहें, इसलिए हमारा सुझाव है कि आप {browsers} का इस्तेमाल करें।',
    updateOs: 'आपके डिवाइस का सिस्टम किसी मौजूदा ब्राउज़र के लिए बहुत पुराना है। हो सके तो सिस्टम अपडेट करें, या किसी नए डिवाइस का इस्तेमाल करें।',
    remember: [
      'हम इस डिवाइस पर आपकी पसंद {days} दिन तक याद रखेंगे।',
      'हम इस डिवाइस पर आपकी पसंद {days} दिन तक याद रखेंगे।',
    ],
    dismiss: 'बंद करें',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/hi-IN/firefox/new/',
    chrome: 'https://www.google.com/intl/hi/chrome/',
  },
};

export default hi;
