import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@lib/node';
import { CRAWLER_CUT_OFF, DEVICE_OS_FAMILIES, LATE_CRAWLERS, OS_FIXTURES, PODCAST_CLIENTS } from './held-out';

// Figures on data set aside before the class rules were written (held-out.ts): how the
// rules generalize, not how well they fit. docs/conformance.md publishes them; regenerate
// with UPDATE_CONFORMANCE_DOCS=1 npx vitest run test/conformance --project src.
const DOCS = new URL('../../docs/conformance.md', import.meta.url);
const NAMED_ROWS = /Recognised as a (?:page audit or monitoring tool|named tool),/;

// The default options: no `insecure`, so outdated and unsupported are the statuses notified.
const notifies = (status: string) => status === 'outdated' || status === 'unsupported';
const notified = (ua: string) => notifies(evaluate(ua).status);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

const lateVerdicts = LATE_CRAWLERS.map(({ ua }) => evaluate(ua));
const lateNotified = lateVerdicts.filter((v) => notifies(v.status)).length;
// Caught by a class: never notified, and not by a row of names (those come last, so a
// user agent a class catches never reaches them).
const lateByClass = lateVerdicts.filter((v) => (v.status === 'bot' || v.status === 'unknown') && !NAMED_ROWS.test(v.reason)).length;
const devices = OS_FIXTURES.filter((row) => DEVICE_OS_FAMILIES.test(row.family));
const devicesNotified = devices.filter((row) => notified(row.ua));
const podcastNotified = PODCAST_CLIENTS.filter((row) => notified(row.ua));

function table(): string {
  return [
    '| set aside | user agents | notified | never notified by a class alone |',
    '|---|---:|---:|---:|',
    `| crawler-user-agents, patterns added from ${CRAWLER_CUT_OFF.replace(/\//g, '-')} on | ${LATE_CRAWLERS.length} | ${lateNotified} | ${lateByClass} (${percent(lateByClass, LATE_CRAWLERS.length)}) |`,
    `| uap-core test_os.yaml: TVs, set-top boxes, consoles, watches | ${devices.length} | ${devicesNotified.length} | |`,
    `| uap-core podcasting_user_agent_strings.yaml: podcast apps and their players | ${PODCAST_CLIENTS.length} | ${podcastNotified.length} | |`,
  ].join('\n');
}

describe('data set aside before the class rules were written', () => {
  it('notifies no crawler added to crawler-user-agents after the cut-off', () => {
    expect(LATE_CRAWLERS.length).toBeGreaterThan(500);
    expect(LATE_CRAWLERS.filter((_, i) => notifies(lateVerdicts[i]!.status)).map((c) => c.ua)).toEqual([]);
  });

  it('notifies no TV, set-top box, console or watch of uap-core’s OS fixtures', () => {
    expect(devices.length).toBeGreaterThan(30);
    expect(devicesNotified.map((row) => `${row.family}: ${row.ua}`)).toEqual([]);
  });

  it('notifies of the podcast clients only real browser engines carrying an app’s name, never an app’s own HTTP client', () => {
    // A podcast app's name in a real browser's user agent (IE 8 with Zune installed, a
    // WebView in the ESPN or VLC app) is a person's browser, judged as one.
    expect(podcastNotified.map((row) => row.ua).filter((ua) => !/^Mozilla\/[45]\.0 \(.*(?:MSIE|AppleWebKit|Gecko)/.test(ua))).toEqual([]);
  });

  it('publishes the same figures in docs/conformance.md', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const start = docs.indexOf('<!-- held-out -->');
    const end = docs.indexOf('<!-- /held-out -->');
    expect(start).toBeGreaterThan(0);
    if (process.env.UPDATE_CONFORMANCE_DOCS) {
      writeFileSync(DOCS, `${docs.slice(0, start)}<!-- held-out -->\n${table()}\n${docs.slice(end)}`);
      return;
    }
    expect(docs.slice(start + '<!-- held-out -->\n'.length, end).trim()).toBe(table());
  });
});
