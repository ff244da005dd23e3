import { createHash } from 'node:crypto';
import { dataDateOf } from '../build/site-files';
import { printable } from '../report/format';

/** One fetched address: its status, Content-Type and bytes. */
export interface Fetched {
  status: number;
  type: string;
  body: Buffer;
}

/** Fetches an address; rejects when it cannot (no answer, refused, timed out). */
export type Fetcher = (url: string) => Promise<Fetched>;

/** What `verify` found: a problem fails the check, a warning does not. */
export interface Finding {
  level: 'problem' | 'warning';
  message: string;
}

/** Browser data older than this (days) is worth a rebuild: new browser versions came out since. */
export const STALE_AFTER_DAYS = 183;

// The tag `build` prints, found by its file name; its attributes read one by one.
const TAG = /<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]*\/old-browser-notice\.js(?:[?#][^"'\s>]*)?)["']?[^>]*>/i;
const JAVASCRIPT = /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)\s*(?:;|$)/i;

function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
}

/** `sha384-…` of the bytes, in the algorithm `expected` names. */
function digest(body: Buffer, expected: string): string {
  const algorithm = expected.slice(0, expected.indexOf('-'));
  return `${algorithm}-${createHash(algorithm).update(body).digest('base64')}`;
}

/** The JSON object the site build baked into the second stage (`{"policy":…}`), or null. */
function bakedValues(stageTwo: string): { policy?: { query?: string }; locales?: Array<{ tag?: string }>; available?: string } | null {
  const start = stageTwo.indexOf('{"policy":');
  if (start === -1) return null;
  // The object ends where its braces balance, outside strings.
  let depth = 0;
  let inString = false;
  for (let i = start; i < stageTwo.length; i++) {
    const char = stageTwo[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      try {
        return JSON.parse(stageTwo.slice(start, i + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Checks a deployed page for what would otherwise fail silently: the tag is there; the
 * first stage answers as JavaScript and matches the tag's `integrity`; the second stage
 * answers and is the one the first was built with; each language file beside it answers;
 * the page's `lang` is among the built languages; the browser data is not stale.
 *
 * @example
 * ```ts
 * const { findings } = await verifySite('https://www.haninge.se/', fetcher);
 * findings.filter((finding) => finding.level === 'problem').length; // 0 when all is well
 * ```
 */
export async function verifySite(pageUrl: string, fetcher: Fetcher, now: number = Date.now()): Promise<{ findings: Finding[]; checked: number }> {
  const findings: Finding[] = [];
  const problem = (message: string) => findings.push({ level: 'problem', message });
  let checked = 0;
  /** The address, or null (with a problem said) when it does not answer 200 as `kind`. */
  const get = async (url: string, what: string, type?: RegExp): Promise<Fetched | null> => {
    checked++;
    let fetched: Fetched;
    try {
      fetched = await fetcher(url);
    } catch (error) {
      problem(`${what} ${url} did not answer: ${(error as Error).message}`);
      return null;
    }
    if (fetched.status !== 200) {
      problem(`${what} ${url} answered ${fetched.status}; publish it there, or fix the address.`);
      return null;
    }
    if (type && !type.test(fetched.type)) {
      problem(`${what} ${url} is served as \`${printable(fetched.type, 60) || 'no type'}\`; browsers refuse to run it: serve it as text/javascript.`);
      return null;
    }
    return fetched;
  };

  const page = await get(pageUrl, 'the page');
  if (!page) return { findings, checked };
  const html = page.body.toString('utf8');
  const tag = TAG.exec(html);
  if (!tag) {
    problem(`the page ${pageUrl} has no <script src=".../old-browser-notice.js"> tag; add the one \`old-browser-notice build\` prints, in <head>.`);
    return { findings, checked };
  }
  const stageOneUrl = new URL(tag[1]!.replace(/&amp;/g, '&'), pageUrl).href;
  const stageOne = await get(stageOneUrl, 'the first stage', JAVASCRIPT);
  if (!stageOne) return { findings, checked };
  const integrity = attribute(tag[0], 'integrity');
  if (integrity) {
    const hashes = integrity.split(/\s+/).filter((hash) => /^sha(?:256|384|512)-/.test(hash));
    if (!hashes.some((hash) => digest(stageOne.body, hash) === hash)) {
      problem(`the tag's integrity does not match ${stageOneUrl} (it is ${digest(stageOne.body, 'sha384-')}): browsers refuse the file; paste the tag \`build\` printed for these files.`);
    }
  }

  const stageTwoUrl = new URL('old-browser-notice.global.js', stageOneUrl).href;
  const stageTwo = await get(stageTwoUrl, 'the second stage', JAVASCRIPT);
  if (stageTwo) {
    const expected = /"(sha256-[A-Za-z0-9+/]+=*)"/.exec(stageOne.body.toString('utf8'));
    if (expected && digest(stageTwo.body, expected[1]!) !== expected[1]) {
      problem(`the second stage ${stageTwoUrl} is not the one the first stage was built with: publish both files from one build.`);
    }
    const baked = bakedValues(stageTwo.body.toString('utf8'));
    const bundled = (baked?.locales ?? []).map((locale) => String(locale.tag));
    const available = baked?.available ? baked.available.split(' ') : [];
    for (const tagName of available) await get(new URL(`locales/${tagName}.json`, stageTwoUrl).href, `the language file for \`${tagName}\``);
    const lang = /<html\b[^>]*\slang\s*=\s*["']?([\w-]+)/i.exec(html);
    const built = [...bundled, ...available];
    if (lang && built.length && !built.some((tagName) => lang[1]!.toLowerCase() === tagName.toLowerCase() || lang[1]!.toLowerCase().startsWith(tagName.toLowerCase() + '-'))) {
      problem(`the page's language \`${lang[1]}\` is not among the built ones (${built.join(', ')}): visitors get ${bundled[0] ?? 'English'}; add it with \`build --lang\`.`);
    }
  }

  const css = await get(new URL('old-browser-notice.css', stageOneUrl).href, 'the stylesheet');
  const date = css && dataDateOf(css.body.toString('utf8'));
  if (date) {
    const days = Math.floor((now - Date.parse(date)) / 86_400_000);
    if (days > STALE_AFTER_DAYS) {
      findings.push({ level: 'warning', message: `the browser data is from ${date}, ${days} days ago: run \`npm update\` and \`old-browser-notice build\` again, and publish the new files and tag.` });
    }
  }
  return { findings, checked };
}
