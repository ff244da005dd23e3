import { describe, expect, it } from 'vitest';
import { evaluate } from '@lib/node';
import { BOT_RULES } from '../../src/detect/bot-rules';
import { withoutDeviceModel } from '../../src/detect/model-field';
import { CRAWLERS } from '../conformance/crawlers';

/**
 * For every row of the bot table, a real user agent from the crawler-user-agents list that
 * this row alone catches. Where the row was missing, most of these would be judged as the
 * browser they name (Chrome 49, Firefox 38) and see the notice; the HTTP tools would still not
 * see it, but would be explained as "not a browser" instead of as what they are.
 */
const ONLY_THIS_ROW_CATCHES: Readonly<Record<string, string>> = {
  'HTTP tool': 'python-requests/2.22.0',
  'tool inside a browser comment': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko; GeedoShopProductFinder) Chrome/142.0.0.0 Safari/537.36',
  'tool in a compatible comment': 'Mozilla/4.5 (compatible; HTTrack 3.0x; Windows 98)',
  'Google agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.75 Safari/537.36 Google Favicon',
  'self-declared bot': 'Mozilla/5.0 (Windows NT 6.1; rv:38.0) Gecko/20100101 Firefox/38.0 (IndeedBot 1.1)',
  'self-declared crawler or tool': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.60 Safari/537.36 NewRelicSynthetics/1.0',
  'page audit or monitoring tool': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.45 Safari/537.36 PTST/211202.211915',
  'named tool': 'Mozilla/5.0 (X11; Datanyze; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/65.0.3325.181 Safari/537.36',
};

const CRAWLER_INSTANCES = new Set(CRAWLERS.flatMap((crawler) => crawler.instances ?? []));

describe('every bot rule earns its row', () => {
  it('has one example per row, and a row per example', () => {
    expect(BOT_RULES.map((rule) => rule.name).sort()).toEqual(Object.keys(ONLY_THIS_ROW_CATCHES).sort());
  });

  it.each(Object.entries(ONLY_THIS_ROW_CATCHES))('%s: catches a real crawler that no other row catches', (name, ua) => {
    expect(CRAWLER_INSTANCES.has(ua), 'an instance of the crawler-user-agents list').toBe(true);
    const rule = BOT_RULES.find((row) => row.name === name)!;
    const readable = withoutDeviceModel(ua);
    expect(BOT_RULES.filter((row) => row.pattern.test(readable)).map((row) => row.name)).toEqual([name]);
    const verdict = evaluate(ua);
    expect(verdict.status).toBe(rule.status);
    expect(verdict.reason).toBe(`Recognised as a ${name}, which is never notified.`);
  });
});
