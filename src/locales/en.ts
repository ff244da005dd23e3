import type { Locale } from './types';

/** English — the last fallback when nothing else matches. */
const en: Locale = {
  tag: 'en',
  name: 'English',
  dir: 'ltr',
  reviewed: false,
  plural: 'one-other',
  list: { separator: ', ', lastSeparator: ' or ' },
  text: {
    heading: 'Your browser is out of date',
    intro: 'Soon, parts of {site} will stop working in it.',
    update: 'We would like you to keep using the site, so we recommend updating to the latest version of {browsers}.',
    switch: 'We would like you to keep using the site, so we recommend switching to {browsers}.',
    updateOs: "Your device's system is too old for a current browser. Update the system if you can, or use a newer device.",
    remember: [
      'We will remember your choice on this device for {days} day.',
      'We will remember your choice on this device for {days} days.',
    ],
    dismiss: 'Close',
  },
};

export default en;
