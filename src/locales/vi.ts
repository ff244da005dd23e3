import type { Locale } from './types';

/** Vietnamese. */
const vi: Locale = {
  tag: 'vi',
  name: 'Tiếng Việt',
  dir: 'ltr',
  reviewed: false,
  plural: 'other',
  list: { separator: ', ', lastSeparator: ' hoặc ' },
  text: {
    heading: 'Trình duyệt của bạn đã cũ',
    intro: 'Sắp tới, một số phần của {site} sẽ không còn hoạt động trên trình duyệt này.',
    update: 'Chúng tôi muốn bạn có thể tiếp tục sử dụng trang web, vì vậy chúng tôi khuyên bạn nên cập nhật lên phiên bản mới nhất của {browsers}.',
    switch: 'Chúng tôi muốn bạn có thể tiếp tục sử dụng trang web, vì vậy chúng tôi khuyên bạn nên chuyển sang {browsers}.',
    updateOs: 'Hệ thống trên thiết bị của bạn quá cũ để chạy trình duyệt hiện nay. Hãy cập nhật hệ thống nếu có thể, hoặc sử dụng một thiết bị mới hơn.',
    remember: [
      'Chúng tôi sẽ ghi nhớ lựa chọn của bạn trên thiết bị này trong {days} ngày.',
    ],
    dismiss: 'Đóng',
  },
};

export default vi;
