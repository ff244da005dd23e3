import type { Locale } from './types';

/** Thai. */
const th: Locale = {
  tag: 'th',
  name: 'ไทย',
  dir: 'ltr',
  reviewed: false,
  plural: 'other',
  list: { separator: ', ', lastSeparator: ' หรือ ' },
  text: {
    heading: 'เบราว์เซอร์ของคุณล้าสมัยแล้ว',
    introOutdated: 'อีกไม่นาน บางส่วนของเว็บไซต์ {site} จะใช้งานในเบราว์เซอร์นี้ไม่ได้',
    introUnsupported: 'บางส่วนของเว็บไซต์ {site} อาจใช้งานในเบราว์เซอร์นี้ไม่ได้แล้ว',
    update: 'เราอยากให้คุณใช้งานเว็บไซต์ต่อไปได้ จึงขอแนะนำให้อัปเดตเป็นเวอร์ชันล่าสุดของ {browsers}',
    switch: 'เราอยากให้คุณใช้งานเว็บไซต์ต่อไปได้ จึงขอแนะนำให้เปลี่ยนไปใช้ {browsers}',
    updateOs: 'ระบบในอุปกรณ์ของคุณไม่มีเบราว์เซอร์ที่ยังได้รับการอัปเดตความปลอดภัยแล้ว โปรดอัปเดตระบบหากทำได้ หรือใช้อุปกรณ์ที่ใหม่กว่า',
    remember: [
      'หากคุณปิดข้อความนี้ ข้อความจะไม่แสดงอีกบนอุปกรณ์นี้เป็นเวลา {days} วัน',
    ],
    dismiss: 'ปิด',
  },
  downloads: {
    firefox: 'https://www.mozilla.org/th/firefox/new/',
    chrome: 'https://www.google.com/intl/th/chrome/',
    edge: 'https://www.microsoft.com/th-th/edge/download',
  },
};

export default th;
