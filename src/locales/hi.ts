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
    introOutdated: 'जल्द ही वेबसाइट {site} के कुछ हिस्से इस ब्राउज़र में काम करना बंद कर देंगे।',
    introUnsupported: 'हो सकता है कि वेबसाइट {site} के कुछ हिस्से इस ब्राउज़र में अभी से काम न कर रहे हों।',
    update: 'साइट का इस्तेमाल जारी रखने के लिए {browsers} का नवीनतम संस्करण इंस्टॉल करें।',
    switch: 'साइट का इस्तेमाल जारी रखने के लिए {browsers} का इस्तेमाल करें।',
    updateOs: 'आपके डिवाइस के सिस्टम पर अब ऐसा कोई ब्राउज़र नहीं चलता जिसे अब भी सुरक्षा अपडेट मिलते हों। हो सके तो सिस्टम अपडेट करें, या किसी नए डिवाइस का इस्तेमाल करें।',
    remember: [
      'अगर आप यह सूचना बंद करते हैं, तो यह इस डिवाइस पर {days} दिन तक फिर से नहीं दिखेगी।',
      'अगर आप यह सूचना बंद करते हैं, तो यह इस डिवाइस पर {days} दिन तक फिर से नहीं दिखेगी।',
    ],
    dismiss: 'बंद करें',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/hi-IN/firefox/new/',
    chrome: 'https://www.google.com/intl/hi/chrome/',
  },
};

export default hi;
