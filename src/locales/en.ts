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
    introOutdated: 'Soon, parts of the {site} website will stop working in this browser.',
    introUnsupported: 'Parts of the {site} website may already have stopped working in this browser.',
    insecure: 'This browser no longer gets security updates on your system.',
    update: 'To keep using the site, update to the latest version of {browsers}.',
    switch: 'To keep using the site, switch to {browsers}.',
    updateOs: "No browser that still gets security updates runs on your device's system. Update the system if you can, or use a newer device.",
    updateIos: "Update your device's software in Settings › General › Software Update. If it cannot be updated, use a newer device.",
    updateMac: "Update your Mac's operating system, macOS, to a newer version if you can, or use a newer computer.",
    remember: [
      'If you close this notice, it will not appear again on this device for {days} day.',
      'If you close this notice, it will not appear again on this device for {days} days.',
    ],
    dismiss: 'Close',
  },
};

export default en;
