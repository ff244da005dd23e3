import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CRAWLERS } from './crawlers';

/**
 * Data set aside before the class rules (src/detect/bot-rules.ts, device-rules.ts) were
 * written, so that their figures show how they generalize rather than how well they fit.
 * The rules were written against the rest: uap-core's test_ua.yaml, bowser, the
 * `user-agents` dataset and crawler-user-agents entries added before CRAWLER_CUT_OFF.
 * Nothing here may be used to write a rule; a miss found here is fixed at its class and
 * reported in docs/conformance.md with the figure it had before the fix.
 */

const here = (path: string) => new URL(`./corpora/${path}`, import.meta.url);

function uapCases(file: string): Array<{ ua: string; family: string }> {
  const cases = parse(readFileSync(here(`uap-core/${file}`), 'utf8')).test_cases as Array<Record<string, string | null>>;
  return cases.map((entry) => ({ ua: String(entry.user_agent_string), family: String(entry.family) }));
}

/** crawler-user-agents patterns added on or after this day (the list's `addition_date`) are held out. */
export const CRAWLER_CUT_OFF = '2025/07/01';

/** Instances of crawler-user-agents patterns added on or after the cut-off: tools no rule was written for. */
export const LATE_CRAWLERS: Array<{ pattern: string; ua: string }> = CRAWLERS.flatMap((crawler) =>
  crawler.addition_date !== undefined && crawler.addition_date >= CRAWLER_CUT_OFF
    ? (crawler.instances ?? []).map((ua) => ({ pattern: crawler.pattern, ua }))
    : [],
);

/** uap-core's OS fixtures (test_os.yaml), never used by this project before: phones, TVs, consoles, watches. */
export const OS_FIXTURES = uapCases('test_os.yaml');

/**
 * OS families of test_os.yaml that are TVs, set-top boxes, consoles or watches: devices whose
 * browser comes with the device and cannot be swapped, so must never be notified.
 */
export const DEVICE_OS_FAMILIES = /^(?:GoogleTV|webOS|Web0S|Roku|tvOS|ATV OS X|Chromecast.*|FireHbbTV|WebTV|WatchOS|Sony|Panasonic|Philips|LG|Samsung|VRE)$/;

/** uap-core's podcast client fixtures (podcasting_user_agent_strings.yaml): apps and HTTP libraries, none of them a browser a notice could help. */
export const PODCAST_CLIENTS = uapCases('podcasting_user_agent_strings.yaml');
