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
    intro: 'อีกไม่นาน บางส่วนของ {site} จะใช้งานในเบราว์เซอร์นี้ไม่ได้',
    update: 'เราอยากให้คุณใช้งานเว็บไซต์ต่อไปได้ จึงขอแนะนำให้อัปเดตเป็นเวอร์ชันล่าสุดของ {browsers}',
    switch: 'เราอยากให้คุณใช้งานเว็บไซต์ต่อไปได้ จึงขอแนะนำให้เปลี่ยนไปใช้ {browsers}',
    updateOs: 'ระบบในอุปกรณ์ของคุณเก่าเกินไปสำหรับเบราว์เซอร์รุ่นปัจจุบัน โปรดอัปเดตระบบหากทำได้ หรือใช้อุปกรณ์ที่ใหม่กว่า',
    remember: [
      'เราจะจดจำตัวเลือกของคุณบนอุปกรณ์นี้เป็นเวลา {days} วัน',
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
