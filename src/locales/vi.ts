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
    introOutdated: 'Sắp tới, một số phần của trang web {site} sẽ không còn hoạt động trên trình duyệt này.',
    introUnsupported: 'Một số phần của trang web {site} có thể đã không còn hoạt động trên trình duyệt này.',
    insecure: 'Trình duyệt này không còn được cập nhật bảo mật trên hệ thống của thiết bị bạn.',
    update: 'Chúng tôi muốn bạn có thể tiếp tục sử dụng trang web, vì vậy chúng tôi khuyên bạn nên cập nhật lên phiên bản mới nhất của {browsers}.',
    switch: 'Chúng tôi muốn bạn có thể tiếp tục sử dụng trang web, vì vậy chúng tôi khuyên bạn nên chuyển sang {browsers}.',
    updateOs: 'Hệ thống trên thiết bị của bạn không còn trình duyệt nào vẫn được cập nhật bảo mật. Hãy cập nhật hệ thống nếu có thể, hoặc sử dụng một thiết bị mới hơn.',
    updateIos: 'Hãy cập nhật phần mềm thiết bị trong Cài đặt › Cài đặt chung › Cập nhật phần mềm. Nếu không thể cập nhật, hãy sử dụng một thiết bị mới hơn.',
    updateMac: 'Hãy cập nhật hệ điều hành của máy Mac (macOS) lên phiên bản mới hơn nếu có thể, hoặc sử dụng một máy tính mới hơn.',
    remember: [
      'Nếu bạn đóng thông báo này, thông báo sẽ không hiện lại trên thiết bị này trong {days} ngày.',
    ],
    dismiss: 'Đóng',
  },
};

export default vi;
