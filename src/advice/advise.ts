import { compareVersions } from '../version';
import type { Policy } from '../policy/types';
import type { BrowserId } from '../locales/types';
import { OS_LIMITS, type OsLimit } from './os-limits';
import { hasOwn } from '../has-own';
import { windowsNt } from '../os/windows-versions';
import { OWN_BROWSER } from './own-browser';
import { safariMacRange, type SafariRange } from './safari-macos';
import { isNotified, type Action } from '../verdict';

export type { Action };

/** Recommendation order when nothing narrows it down. */
const ORDER: readonly BrowserId[] = ['firefox', 'chrome', 'edge'];

/**
 * Which browserslist agents a recommended browser is judged by, per platform:
 * Edge is Chromium, so it also passes on the `chrome` line unless strict.
 */
const AGENTS: Readonly<Record<'desktop' | 'android', Record<BrowserId, readonly string[]>>> = {
  desktop: { firefox: ['firefox'], chrome: ['chrome'], edge: ['edge', 'chrome'] },
  android: { firefox: ['and_ff', 'firefox'], chrome: ['and_chr', 'chrome'], edge: ['and_chr', 'chrome'] },
};

/**
 * Browser UAs freeze the macOS version at 10.15(.7) on every macOS from 10.15 on, so
 * such a version says nothing about which browsers the Mac can run: treat it as current.
 */
const FROZEN_MACOS = /^10\.15(?:\.7)?$/;

function tableVersion(os: string, version: string): string | null {
  // ua-parser-js names Windows versions; the table is written in NT versions.
  if (os === 'Windows') return windowsNt(version) || (/^\d+(\.\d+)*$/.test(version) ? version : null);
  if (os === 'Mac OS' && FROZEN_MACOS.test(version)) return null;
  return version;
}

/**
 * The table's row for this OS version; `'older'` below every row of that OS (no
 * current browser runs there), null when no row limits it (current versions run).
 */
export function findOsLimit(os: string | null, version: string | null): OsLimit | 'older' | null {
  if (!os || !version) return null;
  const wanted = tableVersion(os, version);
  if (!wanted) return null;
  let seen = false;
  for (let i = 0; i < OS_LIMITS.length; i++) {
    const row = OS_LIMITS[i]!;
    if (row.os !== os) continue;
    if (!seen && compareVersions(wanted, row.from) < 0) return 'older';
    seen = true;
    if (compareVersions(wanted, row.from) >= 0 && compareVersions(wanted, row.to) <= 0) return row;
  }
  return null;
}

function satisfies(browser: BrowserId, last: number | undefined, policy: Policy, platform: 'desktop' | 'android', strict: boolean): boolean {
  const agents = AGENTS[platform][browser];
  const count = strict ? 1 : agents.length;
  for (let i = 0; i < count; i++) {
    const minimum = policy.agents[agents[i]!];
    if (minimum === undefined) continue;
    // No limit on this OS: the current release, which meets any minimum the policy can name.
    if (last === undefined || minimum === 'all' || compareVersions(String(last), minimum) >= 0) return true;
  }
  return false;
}

/** Whether this build serves many calls (see src/detect/judge.ts): the script tag's second stage does not. */
declare const __FAST_PATH__: boolean;
const DAY_MS = 86400000;
/** The day number (days since 1970, UTC) and text {@link adviceDay} gave last. */
let lastDay = NaN;
let lastDayText = '';

/**
 * The day of `now` (a Date or milliseconds since 1970, default: the current time) as the
 * table writes dates, 'YYYY-MM-DD', in UTC: end dates are whole days, so an hour either way
 * does not matter. Empty for anything else, which recommends no frozen version (the npm
 * entry points refuse such a `now` with an error first; in a visitor's page, silence is safer).
 */
export function adviceDay(now?: Date | number): string {
  try {
    // `+` reads a Date from any window (instanceof would not). Not `typeof … === 'object'`:
    // the ES5 build would add a helper for it.
    // Formatting a date costs more than judging a user agent, and a server asks on every
    // request: the text is kept for the last day asked (NaN never equals, so is never kept),
    // and the current time is read as a number, with no Date made. A given `now` is read as
    // a Date reads it (whole milliseconds). The script tag's second stage asks once: it
    // carries no cache.
    if (__FAST_PATH__) {
      const ms = now === undefined ? Date.now() : new Date(typeof now === 'string' ? NaN : +now).getTime();
      const day = Math.floor(ms / DAY_MS);
      if (day !== lastDay) {
        lastDayText = isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 10);
        lastDay = day;
      }
      return lastDayText;
    }
    const date = new Date(now === undefined ? new Date().getTime() : typeof now === 'string' ? NaN : +now);
    return isNaN(+date) ? '' : date.toISOString().slice(0, 10);
  } catch {
    // A look-alike Date (or a Symbol) whose conversion throws names no day either.
    return '';
  }
}

/** Whether the visitor is on iOS or iPadOS, where every browser is WebKit and updates with the system. */
export function onIos(input: { agent: string | null; os: { name: string | null } }): boolean {
  return input.agent === 'ios_saf' || input.os.name === 'iOS';
}

/** What the advice depends on: the verdict's judgement and the visitor's browser and platform. */
export interface AdviceInput {
  status: string;
  agent: string | null;
  version: string | null;
  os: { name: string | null; version: string | null };
}

/**
 * Whether the visitor is on a Mac whose user agent hides the macOS version (it says 10.15.7
 * on every macOS since 11): advice must then hold for every macOS the browser may be on.
 */
export function hidesMacOs(input: { os: { name: string | null; version: string | null } }): boolean {
  return input.os.name === 'Mac OS' && FROZEN_MACOS.test(input.os.version || '');
}

/** The table's Mac rows for every macOS a Safari of this range may run on (none: all current). */
function macRows(range: SafariRange): OsLimit[] {
  const rows: OsLimit[] = [];
  for (let i = 0; i < OS_LIMITS.length; i++) {
    const row = OS_LIMITS[i]!;
    if (row.os !== 'Mac OS' || compareVersions(row.to, range.from) < 0) continue;
    if (range.to === null || compareVersions(row.from, range.to) <= 0) rows.push(row);
  }
  return rows;
}

/** Whether `browser` is worth installing on every system `rows` stand for (none: current versions run). */
function qualifies(browser: BrowserId, rows: readonly OsLimit[], policy: Policy, platform: 'desktop' | 'android', strict: boolean, day: string): boolean {
  if (!rows.length) return satisfies(browser, undefined, policy, platform, strict);
  for (let i = 0; i < rows.length; i++) {
    const last = rows[i]!.last[browser];
    if (last === null || last === 'unknown') return false;
    // A version frozen on this OS counts only while it still gets security fixes.
    if (last && !(day && last[1] > day)) return false;
    if (!satisfies(browser, last && last[0], policy, platform, strict)) return false;
  }
  return true;
}

/**
 * Decides what to ask of the visitor on `day` ('YYYY-MM-DD', see {@link adviceDay}), recommending
 * only browsers whose newest version for this OS meets the policy and still gets security
 * fixes there on that day.
 * - supported, bot, unknown: `none`; `insecure` is advised as `unsupported` (its own browser
 *   has no fixes here, so it is never asked to update it);
 * - iOS and iPadOS: `update-os`, never another browser (every browser there is WebKit);
 * - Safari on a Mac that hides its macOS version: judged on every macOS its version runs on
 *   (safari-macos.ts), so a browser is recommended only if it qualifies on all of them; a
 *   Safari the table does not know gets `update-os` and no recommendation;
 * - outdated, and its own browser (Firefox, Chrome, Edge) still gets a good enough version
 *   here: `update`, that browser first;
 * - outdated Samsung Internet or Opera on a system where current versions run (no row of the
 *   table limits it), or Safari whose oldest macOS runs the newest Safari: `update`, with the
 *   browsers that qualify as alternatives (none of them is the visitor's own);
 * - otherwise `switch` to the browsers that qualify, or `update-os` when none does.
 */
export function advise(input: AdviceInput, policy: Policy, strict: boolean, day: string): { action: Action; recommend: BrowserId[] } {
  if (!isNotified(input.status)) return { action: 'none', recommend: [] };
  if (onIos(input)) return { action: 'update-os', recommend: [] };
  const hidden = hidesMacOs(input);
  const safari = hidden && input.agent === 'safari' ? safariMacRange(input.version) : undefined;
  // Recommend nothing unsourced: a Safari the table does not know may be on any macOS.
  if (safari === null) return { action: 'update-os', recommend: [] };
  const limit = safari ? null : findOsLimit(input.os.name, input.os.version);
  const rows = safari ? (safari === 'newer' ? [] : macRows(safari)) : limit && limit !== 'older' ? [limit] : [];
  const platform = input.os.name === 'Android' ? 'android' : 'desktop';
  const recommend: BrowserId[] = [];
  for (let i = 0; limit !== 'older' && i < ORDER.length; i++) {
    if (qualifies(ORDER[i]!, rows, policy, platform, strict, day)) recommend.push(ORDER[i]!);
  }
  const own = input.agent && hasOwn(OWN_BROWSER, input.agent) ? OWN_BROWSER[input.agent]! : null;
  // Browsers we do not link update themselves (or, Safari, with macOS): only where a current
  // version runs. Safari: only if its oldest macOS runs the newest Safari.
  const current = safari ? safari === 'newer' || safari.to === null : limit === null && !hidden;
  if (input.status === 'outdated' && own && !own.link && current) return { action: 'update', recommend };
  if (!recommend.length) return { action: 'update-os', recommend };
  for (let i = 0; input.status === 'outdated' && own && own.link && i < recommend.length; i++) {
    if (recommend[i] === own.link) {
      recommend.splice(i, 1);
      recommend.unshift(own.link);
      return { action: 'update', recommend };
    }
  }
  return { action: 'switch', recommend };
}
