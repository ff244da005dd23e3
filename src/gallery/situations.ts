/**
 * The situations the gallery shows, one row each: a sample visitor whose user agent puts the
 * notice in that situation under a usual policy (`defaults`), and the label editors read.
 * A new situation is a new row. Sources: the user agents are the browsers' own, as in
 * test/user-agents.ts; what each gets is what `old-browser-notice check` says.
 */
export interface Situation {
  /** Short name, for anchors and tests. */
  id: string;
  /** What the situation is, for an editor approving the text. */
  label: string;
  /** The sample visitor, for people: browser and system. */
  visitor: string;
  userAgent: string;
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'outdated',
    label: 'Outdated browser: asked to update it',
    visitor: 'Chrome 100 on Windows 10',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.0.0 Safari/537.36',
  },
  {
    id: 'outdated-switch',
    label: 'Outdated browser that cannot update far enough: asked to switch',
    visitor: 'Samsung Internet 10 on Android 9',
    userAgent: 'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/10.1 Chrome/71.0.3578.99 Mobile Safari/537.36',
  },
  {
    id: 'unsupported',
    label: 'Unsupported browser: asked to switch',
    visitor: 'Internet Explorer 11 on Windows 10',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  },
  {
    id: 'update-os',
    label: 'No current browser for the system: asked to update the system',
    visitor: 'Internet Explorer 11 on Windows 7',
    userAgent: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
  },
  {
    id: 'ios',
    label: 'iPhone on an old iOS: its browser comes with the system',
    visitor: 'Safari on iOS 12',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  },
  {
    id: 'old-mac',
    label: 'Old Mac: Safari comes with macOS',
    visitor: 'Safari 13 on macOS 10.13',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
  },
];
