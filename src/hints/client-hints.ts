import { judgeAs, type JudgeOptions } from '../detect/judge';
import type { Verdict } from '../verdict';
import type { Policy } from '../policy/types';
import { parseItem, parseList } from './structured-header';
import { hasOwn } from '../has-own';
import { windowsOfHint } from '../os/windows-versions';

/**
 * User-Agent Client Hints, as Chromium browsers send them (request headers, or
 * `navigator.userAgentData` in the page). All optional: a browser sends the
 * low-entropy ones by default and the rest only when the site asks (Accept-CH).
 */
export interface ClientHints {
  /** Sec-CH-UA: brands with major versions. */
  brands?: Array<{ brand: string; version: string }>;
  /** Sec-CH-UA-Full-Version-List: brands with full versions. */
  fullVersionList?: Array<{ brand: string; version: string }>;
  /** Sec-CH-UA-Mobile. */
  mobile?: boolean;
  /** Sec-CH-UA-Platform: `Windows`, `macOS`, `Android`, `Chrome OS`, `Linux`. */
  platform?: string;
  /** Sec-CH-UA-Platform-Version: `15.0.0` (Windows 11), `14.4.1` (macOS). */
  platformVersion?: string;
}

/** The request headers that carry client hints, for `Accept-CH` and `Vary`. */
export const CLIENT_HINT_HEADERS = [
  'Sec-CH-UA',
  'Sec-CH-UA-Full-Version-List',
  'Sec-CH-UA-Mobile',
  'Sec-CH-UA-Platform',
  'Sec-CH-UA-Platform-Version',
];

function brandList(header: string | null | undefined): ClientHints['brands'] | undefined {
  const list = parseList(header);
  if (!list) return undefined;
  const brands: Array<{ brand: string; version: string }> = [];
  for (const member of list) {
    const version = member.params.v;
    if (typeof member.value !== 'string' || typeof version !== 'string') return undefined;
    brands.push({ brand: member.value, version });
  }
  return brands;
}

/** Reads the hint headers through `header(name)` (case-insensitive names); malformed ones are left out. */
export function readClientHints(header: (name: string) => string | null | undefined): ClientHints | null {
  const hints: ClientHints = {};
  const brands = brandList(header('sec-ch-ua'));
  if (brands) hints.brands = brands;
  const full = brandList(header('sec-ch-ua-full-version-list'));
  if (full) hints.fullVersionList = full;
  const mobile = parseItem(header('sec-ch-ua-mobile'));
  if (typeof mobile === 'boolean') hints.mobile = mobile;
  const platform = parseItem(header('sec-ch-ua-platform'));
  if (typeof platform === 'string') hints.platform = platform;
  const platformVersion = parseItem(header('sec-ch-ua-platform-version'));
  if (typeof platformVersion === 'string' && /^\d{1,4}(\.\d{1,4}){0,3}$/.test(platformVersion)) hints.platformVersion = platformVersion;
  return hints.brands || hints.fullVersionList ? hints : null;
}

/**
 * Brands → the agent rule the browser would get from its user agent, desktop and
 * mobile. First match wins; unlisted Chromium browsers (Brave, Vivaldi, Yandex…)
 * fall to `Chromium`. Brand names: https://wicg.github.io/ua-client-hints/ and what the
 * browsers send.
 */
const BRANDS: ReadonlyArray<{ brand: RegExp; desktop: string; mobile: string }> = [
  { brand: /^Microsoft Edge$/, desktop: 'Edge', mobile: 'Chromium-based browser on Android' },
  { brand: /^Opera$/, desktop: 'Opera', mobile: 'Opera for Android' },
  { brand: /^Samsung Internet$/, desktop: 'Samsung Internet', mobile: 'Samsung Internet' },
  { brand: /^Android WebView$/, desktop: 'Android WebView', mobile: 'Android WebView' },
  { brand: /^Google Chrome$/, desktop: 'Chromium-based browser', mobile: 'Chromium-based browser on Android' },
  { brand: /^Chromium$/, desktop: 'Chromium-based browser', mobile: 'Chromium-based browser on Android' },
];

/**
 * Platforms → the OS name the user-agent rules use, and how to read the version.
 * Windows versions are read by the one Windows table (detect/windows-versions.ts).
 */
const PLATFORMS: Readonly<Record<string, { name: string; version: (v: string) => string | null }>> = {
  Windows: {
    name: 'Windows',
    version: windowsOfHint,
  },
  macOS: { name: 'Mac OS', version: (v) => v.replace(/(\.0)+$/, '') },
  Android: { name: 'Android', version: (v) => v.replace(/(\.0)+$/, '') },
  'Chrome OS': { name: 'Chromium OS', version: (v) => v },
  Linux: { name: 'Linux', version: () => null },
};

const CHROMIUM_AGENTS = /^(?:chrome|and_chr|edge|opera|op_mob|samsung|android)$/;

function describe(agent: string | null, version: string | null): string {
  return agent ? `${agent} ${version || '?'}` : 'no browser';
}

/** An OS and its version, if any (without `trimEnd`, which the ES5 script tag cannot use). */
function describeOs(name: string, version: string | null): string {
  return version ? `${name} ${version}` : name;
}

/**
 * Refines a verdict from the user agent with client hints: the real browser (Edge
 * rather than Chrome), its real version, and the real OS version (Windows 11, a
 * macOS past the frozen 10.15.7). Hints are only believed from Chromium browsers,
 * the only ones that send them, and never turn a bot, a TV or console, or any other
 * user agent judged `unknown` into a visitor. The reason
 * says which one won.
 */
export function applyClientHints(fromUa: Verdict, hints: ClientHints | null, ua: string, policy: Policy, options: JudgeOptions): Verdict {
  // Hints describe the engine, not the device: a TV's or console's Chromium sends them
  // too, so an `unknown` (a TV, a made-up user agent) stays unknown, as a bot stays a bot.
  if (!hints || fromUa.status === 'bot' || fromUa.status === 'unknown') return fromUa;
  if (fromUa.agent !== null && !CHROMIUM_AGENTS.test(fromUa.agent)) return fromUa;
  const brands = hints.fullVersionList || hints.brands || [];
  let chosen: { rule: string; brand: string; version: string } | null = null;
  const mobile = hints.mobile !== undefined ? hints.mobile : hints.platform === 'Android';
  for (let b = 0; b < BRANDS.length && !chosen; b++) {
    for (let i = 0; i < brands.length; i++) {
      if (BRANDS[b]!.brand.test(brands[i]!.brand) && /^\d/.test(brands[i]!.version)) {
        chosen = { rule: mobile ? BRANDS[b]!.mobile : BRANDS[b]!.desktop, brand: brands[i]!.brand, version: brands[i]!.version };
        break;
      }
    }
  }
  if (!chosen) return fromUa;
  // Own properties only: a platform named `constructor` or `__proto__` is no platform.
  const platform = hints.platform !== undefined && hasOwn(PLATFORMS, hints.platform) ? PLATFORMS[hints.platform] : undefined;
  const os = { name: fromUa.os.name, version: fromUa.os.version };
  if (platform) {
    os.name = platform.name;
    os.version = hints.platformVersion !== undefined ? platform.version(hints.platformVersion) : platform.name === fromUa.os.name ? fromUa.os.version : null;
  }
  const hinted = judgeAs(chosen.rule, chosen.version, os, ua, policy, options);
  const changes: string[] = [];
  if (hinted.agent !== fromUa.agent || hinted.version !== fromUa.version) {
    changes.push(`${chosen.brand} ${hinted.version} (${hinted.agent}), where the user agent said ${describe(fromUa.agent, fromUa.version)}`);
  }
  if (os.name !== fromUa.os.name || os.version !== fromUa.os.version) {
    changes.push(`${describeOs(os.name || '?', os.version)}, where the user agent said ${describeOs(fromUa.os.name || 'nothing', fromUa.os.version)}`);
  }
  hinted.reason += changes.length
    ? ` Client hints won over the user agent: ${changes.join('; ')}.`
    : ' Client hints agree with the user agent.';
  return hinted;
}
