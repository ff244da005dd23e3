/**
 * Remembers that the visitor dismissed the notice. By default only for this
 * session (sessionStorage): a preference kept for the session needs no consent
 * under the ePrivacy rules (in Sweden, LEK 2022:482 ch. 9 § 28 also covers Web
 * Storage). `days` switches to localStorage with an expiry, and the notice then
 * says so. Storage that throws (Safari private mode, blocked storage, sandboxed
 * frames) only costs the memory: every access is guarded.
 */
const KEY = 'old-browser-notice-dismissed';

type StorageName = 'sessionStorage' | 'localStorage';

function storage(win: Window, name: StorageName): Storage | null {
  try {
    return win[name] || null;
  } catch {
    return null;
  }
}

/** Whether an earlier dismissal still holds. */
export function isDismissed(win: Window, days: number | undefined, now: number): boolean {
  try {
    if (days) {
      const until = parseInt((storage(win, 'localStorage') || { getItem: () => null }).getItem(KEY) || '', 10);
      return until > now;
    }
    const session = storage(win, 'sessionStorage');
    return !!session && session.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Records a dismissal; silently does nothing where storage is unavailable. */
export function rememberDismissal(win: Window, days: number | undefined, now: number): void {
  try {
    if (days) {
      const local = storage(win, 'localStorage');
      if (local) local.setItem(KEY, String(now + days * 86400000));
    } else {
      const session = storage(win, 'sessionStorage');
      if (session) session.setItem(KEY, '1');
    }
  } catch {
    // Quota exceeded or storage blocked: the notice just comes back next time.
  }
}
