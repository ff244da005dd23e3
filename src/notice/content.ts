import { isNotified, type Verdict } from '../verdict';
import { PLURAL_RULES } from '../locales/plural-rules';
import type { BrowserId, Locale, NoticeText } from '../locales/types';
import { BROWSERS, DEFAULT_RECOMMENDATION } from './browsers';
import { downloadPage } from './download-pages';
import { MAX_TEXT_LENGTH, TEXT_KEYS } from '../locales/text-keys';
import { isValidText } from '../locales/validate';
import { quoted, warn } from '../warn';
import { OldBrowserNoticeError } from '../errors';
import { hasOwn } from '../has-own';
import { hidesMacOs, onIos } from '../advice/advise';
import { OWN_BROWSER } from '../advice/own-browser';

/** A run of text, or a link to a browser's download page. */
export type Segment = string | { browser: BrowserId; name: string; href: string };

/** What the notice says, independent of how it is rendered (DOM or HTML string). */
export interface NoticeContent {
  lang: string;
  dir: 'ltr' | 'rtl';
  heading: string;
  paragraphs: Segment[][];
  /** Developer-facing explanation, in English, shown only in preview mode. */
  preview: string | null;
  dismiss: string;
}

export interface ContentInput {
  verdict: Verdict;
  locale: Locale;
  site: string;
  text?: Partial<NoticeText>;
  rememberDays?: number;
  preview?: boolean;
  recommend?: BrowserId[];
}

/** The first sentence per status (any other, in preview: `introOutdated`). */
const INTRO: Readonly<Record<string, 'introUnsupported' | 'insecure'>> = { unsupported: 'introUnsupported', insecure: 'insecure' };

/**
 * About two years of major versions, per agent: Chrome, Edge, Opera and Firefox ship one every
 * four weeks (https://blog.chromium.org/2021/03/speeding-up-release-cycle.html,
 * https://whattrainisitnow.com/calendar/; every six weeks before 2021, so older gaps are
 * longer still), Safari one a year. An outdated browser this far below the policy's minimum
 * (Chrome 49 under chrome >= 109) is not "soon" to lose parts of the site: it is told what an
 * unsupported one is. Agents missing here always hear "soon".
 */
const TWO_YEARS: Readonly<Record<string, number>> = {
  chrome: 26, and_chr: 26, edge: 26, opera: 26, op_mob: 26, firefox: 26, and_ff: 26, safari: 2, ios_saf: 2,
};

/** The key of the first sentence: by status, and "already" instead of "soon" for a browser two years behind. */
function introKey(verdict: Verdict): 'introOutdated' | 'introUnsupported' | 'insecure' {
  const key = INTRO[verdict.status] || 'introOutdated';
  const gap = verdict.agent && hasOwn(TWO_YEARS, verdict.agent) ? TWO_YEARS[verdict.agent]! : 0;
  const behind = parseFloat(verdict.minimum || '') - parseFloat(verdict.version || '');
  return key === 'introOutdated' && verdict.status === 'outdated' && gap && behind >= gap ? 'introUnsupported' : key;
}

type AdviceKey = 'update' | 'switch' | 'updateOs' | 'updateIos' | 'updateMac';

/** Which sentence follows the verdict's action; `none` only happens in preview. */
const ACTION_TEXT: Readonly<Record<string, AdviceKey>> = {
  update: 'update',
  switch: 'switch',
  'update-os': 'updateOs',
};

/**
 * The sentence that is true for the visitor's system. "No browser with security updates runs
 * here" (`updateOs`) is false on iOS and iPadOS, where the system update is one tap away for
 * most devices (Apple still patches older lines): they get `updateIos`. On a Mac that hides
 * its version the browser may be on a macOS where one does run: `updateMac` gives no reason.
 */
function adviceKey(verdict: Verdict): AdviceKey {
  const key = ACTION_TEXT[verdict.action] || (verdict.status === 'outdated' ? 'update' : 'switch');
  if (key !== 'updateOs') return key;
  return onIos(verdict) ? 'updateIos' : hidesMacOs(verdict) ? 'updateMac' : key;
}

/**
 * What `update` names: the visitor's own browser only (linked when we link it: its
 * download page updates it), never a list, which would read as if they had them all.
 */
function ownBrowser(verdict: Verdict, locale: Locale, fallback: readonly BrowserId[]): Segment[] {
  const own = verdict.agent && hasOwn(OWN_BROWSER, verdict.agent) ? OWN_BROWSER[verdict.agent]! : null;
  if (!own) return browserList(fallback, locale);
  return own.link ? browserList([own.link], locale) : [unbreakable(own.name)];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(site|days)\}/g, (whole, name: string) => (name in values ? values[name]! : whole));
}

/**
 * Refuses a `recommend` option naming a browser the notice cannot link to (say
 * `constructor`), in one line that quotes it and says the fix.
 */
export function checkRecommend(recommend: unknown): void {
  if (recommend === undefined || recommend === null) return;
  const list = recommend as unknown[];
  const ok = Object.prototype.toString.call(list) === '[object Array]';
  for (let i = 0; ok && i < list.length; i++) {
    const id = list[i];
    if (typeof id !== 'string' || !hasOwn(BROWSERS, id)) {
      throw new OldBrowserNoticeError(`Unknown browser \`${quoted(id)}\` in \`recommend\`: use \`firefox\`, \`chrome\` or \`edge\`.`);
    }
  }
  if (!ok) throw new OldBrowserNoticeError('`recommend` must be a list such as `["firefox", "chrome"]`.');
}

/**
 * A browser's name as one unit that never breaks across lines ("Microsoft | Edge" at the end
 * of a line, or in right-to-left text the halves at opposite edges): its spaces become
 * no-break spaces. A plain character, so it holds without CSS, in every old browser and in
 * server-rendered HTML; between two Latin words it takes their direction in right-to-left text.
 */
function unbreakable(name: string): string {
  return name.replace(/ /g, '\u00A0');
}

/** The links, joined as the locale joins a list. Targets come only from code (see download-pages.ts), never from the locale. */
function browserList(ids: readonly BrowserId[], locale: Locale): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!hasOwn(BROWSERS, id)) continue;
    if (out.length) out.push(i === ids.length - 1 ? locale.list.lastSeparator : locale.list.separator);
    out.push({ browser: id, name: unbreakable(BROWSERS[id].name), href: downloadPage(id, locale.tag) });
  }
  return out;
}

/** Splits a template around `{browsers}` and puts the links in its place. */
function withBrowsers(template: string, values: Record<string, string>, links: Segment[]): Segment[] {
  const parts = fill(template, values).split('{browsers}');
  const out: Segment[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) for (let j = 0; j < links.length; j++) out.push(links[j]!);
    if (parts[i]) out.push(parts[i]!);
  }
  return out;
}

function previewText(verdict: Verdict, notified: boolean): string {
  const browser = verdict.agent ? `${verdict.agent} ${verdict.version || '?'}` : 'no browserslist agent';
  const minimum = verdict.minimum ? `the policy's minimum is ${verdict.agent} ${verdict.minimum}` : 'the policy has no minimum for it';
  return (
    // `status bot`, not `this browser is bot`: the status may be a bot's, or unknown.
    `Preview: status ${verdict.status} (${browser}; ${minimum}). ${verdict.reason} ` +
    (notified ? 'Visitors with this browser see the notice.' : 'Visitors with this browser would not see it.')
  );
}

/** Builds the notice's text for a verdict in one locale; site overrides win over the locale's strings. */
export function buildContent(input: ContentInput): NoticeContent {
  const { verdict, locale } = input;
  const text: NoticeText = {} as NoticeText;
  for (const key in TEXT_KEYS) {
    if (!hasOwn(TEXT_KEYS, key)) continue;
    const override = input.text && hasOwn(input.text, key) ? (input.text as Record<string, unknown>)[key] : undefined;
    let value = (locale.text as unknown as Record<string, unknown>)[key];
    if (override !== undefined && override !== null) {
      // A lone string for `remember` stands for every plural form.
      const shaped = TEXT_KEYS[key as keyof NoticeText] === 'forms' && typeof override === 'string' ? [override] : override;
      if (isValidText(key, shaped)) value = shaped;
      else warn(`text.${key} is not used: give ${TEXT_KEYS[key as keyof NoticeText] === 'forms' ? 'an array of strings' : 'a string'} of at most ${MAX_TEXT_LENGTH} characters.`);
    }
    (text as unknown as Record<string, unknown>)[key] = value;
  }
  const values: Record<string, string> = { site: input.site };
  checkRecommend(input.recommend);
  const recommend = input.recommend || (verdict.recommend && verdict.recommend.length ? verdict.recommend : DEFAULT_RECOMMENDATION);
  const advice = adviceKey(verdict);
  // Outdated browsers will soon lose parts of the site; unsupported ones (IE 11) may already
  // have, so "soon" would promise time they do not have; so may outdated ones two years
  // behind (see TWO_YEARS). Preview of any other status (a supported browser) shows the
  // outdated intro: the milder sentence, and the one most visitors get. A site's own locale
  // without the intro (an older file) shows none.
  const intro = text[introKey(verdict)] || '';
  const paragraphs: Segment[][] = [
    [fill(intro, values)],
    advice === 'updateOs' || advice === 'updateIos' || advice === 'updateMac'
      ? [fill(text[advice], values)]
      : withBrowsers(text[advice], values, advice === 'update' ? ownBrowser(verdict, locale, recommend) : browserList(recommend, locale)),
  ];
  const days = input.rememberDays;
  if (typeof days === 'number' && days > 0) {
    const forms = text.remember;
    const index = PLURAL_RULES[locale.plural](days);
    const form = forms[index] || forms[forms.length - 1]!;
    paragraphs.push([fill(form, { site: input.site, days: String(days) })]);
  }
  const notified = isNotified(verdict.status);
  return {
    lang: locale.tag,
    dir: locale.dir,
    heading: text.heading,
    paragraphs,
    preview: input.preview ? previewText(verdict, notified) : null,
    dismiss: text.dismiss,
  };
}
