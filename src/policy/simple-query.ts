import { OldBrowserNoticeError } from '../errors';
import { oneLine, quoted } from '../warn';
import { compareVersions } from '../version';
import { AGENT_ALIASES } from './agents';
import type { Policy } from './types';
import { hasOwn } from '../has-own';

// `agent >= 1.2`, `agent 1.2`, `agent 1.2-1.3` or `op_mini all`. Bounded quantifiers
// keep the match linear on hostile input.
const ENTRY = /^([a-z_]{1,20})\s{0,8}(>=|\s)\s{0,8}(\d{1,6}(?:\.\d{1,6}){0,2}(?:-\d{1,6}(?:\.\d{1,6}){0,2})?|all)$/i;

/** The longest query read: a site's list of browsers, not a document. */
export const MAX_QUERY_LENGTH = 1000;

/** Refuses a query too long to be a list of browsers, before any regular expression sees it. */
export function checkQueryLength(query: string): void {
  if (String(query).length > MAX_QUERY_LENGTH) {
    throw new OldBrowserNoticeError(
      `Browser query \`${quoted(query)}…\` is ${String(query).length} characters long: write at most ${MAX_QUERY_LENGTH}, or compile it with \`npx old-browser-notice policy\` and pass the JSON policy.`,
    );
  }
}

/** Whether this build serves many calls (see src/detect/judge.ts): the script tag's second stage does not. */
declare const __FAST_PATH__: boolean;

/**
 * Reads the part of browserslist syntax that needs no usage data: a list of
 * `agent >= version` (or `agent version`, `op_mini all`) entries separated by
 * commas or ` or `. It is what the script-tag build accepts in `data-browsers`.
 *
 * @throws {OldBrowserNoticeError} naming the entry it cannot read and the fix.
 * @example
 * ```ts
 * parseSimpleQuery('chrome >= 109, firefox >= 115, ios_saf >= 15.4').agents.ios_saf; // '15.4'
 * ```
 */
export function parseSimpleQuery(query: string): Policy {
  checkQueryLength(query);
  const agents: Record<string, string> = {};
  // Runs of white space become one space first: then no expression below can backtrack.
  const entries = String(query).replace(/\s+/g, ' ').split(/,| or /i);
  for (let i = 0; i < entries.length; i++) {
    const text = entries[i]!.replace(/^ | $/g, '');
    if (text === '') continue;
    const match = ENTRY.exec(text);
    const name = match ? match[1]!.toLowerCase() : '';
    // Own properties only: `constructor >= 1` names no browser.
    const agent = hasOwn(AGENT_ALIASES, name) ? AGENT_ALIASES[name] : undefined;
    if (!match || !agent) {
      throw new OldBrowserNoticeError(
        `Unknown browser query \`${oneLine(text)}\` in \`${oneLine(query)}\`: without usage data only entries like ` +
          '`chrome >= 109` or `op_mini all` can be read. For any other query, compile it first with ' +
          '`npx old-browser-notice policy --browsers "<query>"` and pass the JSON policy.',
      );
    }
    const value = match[3]!.toLowerCase();
    if (value === 'all' && agent !== 'op_mini') {
      throw new OldBrowserNoticeError(
        `Unknown browser query \`${oneLine(text)}\`: only \`op_mini all\` takes \`all\`; write \`${agent} >= <version>\`.`,
      );
    }
    const version = value.split('-')[0]!;
    const current = agents[agent];
    if (current === undefined || (current !== 'all' && compareVersions(version, current) < 0)) {
      agents[agent] = version;
    }
  }
  if (!Object.keys(agents).length) {
    throw new OldBrowserNoticeError(`Browser query \`${oneLine(String(query))}\` names no browsers. Write at least one entry such as \`chrome >= 109\`.`);
  }
  // Frozen where it is checked once (policy/resolve.ts), so it must not change afterwards.
  // The script tag's second stage checks each use: it uses one policy once.
  return __FAST_PATH__ ? Object.freeze({ query, caniuse: null, agents: Object.freeze(agents) }) : { query, caniuse: null, agents };
}
