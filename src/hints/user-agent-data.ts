import type { ClientHints } from './client-hints';

/** `navigator.userAgentData`, where a Chromium browser has it. */
interface UserAgentData {
  brands?: Array<{ brand: string; version: string }>;
  mobile?: boolean;
  platform?: string;
  getHighEntropyValues?: (hints: string[]) => { then(done: (values: Record<string, unknown>) => void, failed?: () => void): unknown };
}

function brandsOf(value: unknown): ClientHints['brands'] | undefined {
  if (!value || typeof (value as unknown[]).length !== 'number') return undefined;
  const list = value as Array<{ brand?: unknown; version?: unknown }>;
  const out: NonNullable<ClientHints['brands']> = [];
  for (let i = 0; i < list.length && i < 20; i++) {
    const item = list[i]!;
    if (item && typeof item.brand === 'string' && typeof item.version === 'string') out.push({ brand: item.brand, version: item.version });
  }
  return out.length ? out : undefined;
}

/** The client hints the page can read at once (brands, mobile, platform), or null. */
export function lowEntropyHints(nav: Navigator): ClientHints | null {
  const data = (nav as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  if (!data) return null;
  const brands = brandsOf(data.brands);
  if (!brands) return null;
  const hints: ClientHints = { brands };
  if (typeof data.mobile === 'boolean') hints.mobile = data.mobile;
  if (typeof data.platform === 'string') hints.platform = data.platform;
  return hints;
}

/**
 * Asks for the full versions and the platform version, where the browser allows it;
 * `done` gets the fuller hints, or is never called. Returns whether it asked. The first
 * stage never waits for this: only the second asks, and only for a visitor it would notify.
 */
export function requestHighEntropyHints(nav: Navigator, low: ClientHints, done: (hints: ClientHints) => void): boolean {
  const data = (nav as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  if (!data || typeof data.getHighEntropyValues !== 'function') return false;
  data.getHighEntropyValues(['fullVersionList', 'platformVersion']).then(
    (values) => {
      try {
        const hints: ClientHints = { brands: low.brands, mobile: low.mobile, platform: low.platform };
        const full = brandsOf(values.fullVersionList);
        if (full) hints.fullVersionList = full;
        if (typeof values.platformVersion === 'string' && /^\d{1,4}(\.\d{1,4}){0,3}$/.test(values.platformVersion)) {
          hints.platformVersion = values.platformVersion;
        }
        done(hints);
      } catch {
        // Fuller hints are a refinement; without them the first verdict stands.
      }
    },
    () => {},
  );
  return true;
}
