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
  /** Only with `insecure` on: a browser the policy accepts that gets no security fixes. */
  insecure?: true;
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
    label: 'iPhone on an old iOS: asked to update the device’s software (its browser comes with the system)',
    visitor: 'Safari on iOS 12',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  },
  {
    id: 'old-mac',
    label: 'Old Mac: Safari comes with macOS, older than any row of the Safari-to-macOS table: asked to update macOS',
    visitor: 'Safari 13 on macOS 10.13',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
  },
  {
    id: 'old-mac-safari-15',
    label: 'Old Mac: Safari 15 runs on macOS 10.15–12, so only what still gets fixes on all three is recommended',
    visitor: 'Safari 15 on macOS 10.15–12',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Safari/605.1.15',
  },
  {
    id: 'insecure',
    label: 'With --insecure: a browser the policy accepts that no longer gets security fixes on its system',
    visitor: 'Chrome 109 on Windows 7',
    userAgent: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    insecure: true,
  },
];
