import { writeFileSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@lib/node';
import { DATASET } from '../data';
import { compare, figuresByFamily, figuresTable, type Comparison } from './agreement';
import { CRAWLERS, PEOPLE_IN_THE_CRAWLER_LIST } from './crawlers';
import { EXCEPTIONS } from './exceptions';
import { ORACLE_ROWS } from './oracles';

// Independent parsers' fixtures (uap-core, bowser), judged under `defaults`: which
// agent we name must be theirs, or a documented exception (exceptions.ts).
const DOCS = new URL('../../docs/conformance.md', import.meta.url);
const comparisons = ORACLE_ROWS.map((row) => compare(row, (ua) => evaluate(ua))).filter((c): c is Comparison => c !== null);
const figures = figuresByFamily(comparisons);

function describeDifference(c: Comparison): string {
  const ours = `${c.verdict.agent ?? c.verdict.status} ${c.verdict.version ?? ''}`.trim();
  return `${c.row.oracle} ${c.row.family} (${c.expected ?? 'a crawler'} ${c.row.major ?? ''}) vs ours ${ours}: ${c.row.ua}`;
}

describe(`conformance with uap-core and bowser (${ORACLE_ROWS.length} user agents, ${comparisons.length} with a mapped browser name)`, () => {
  it('agrees on every mapped browser, or the difference is a documented exception', () => {
    console.log(`Agreement per browser family:\n${figuresTable(figures)}`);
    const undocumented = comparisons.filter((c) => c.differs && !c.exception).map(describeDifference);
    expect(undocumented).toEqual([]);
  });

  it('has no exception that explains nothing', () => {
    const used = new Set(comparisons.map((c) => c.exception).filter(Boolean));
    expect(EXCEPTIONS.filter((exception) => !used.has(exception)).map((exception) => exception.reason)).toEqual([]);
  });

  it('publishes the same figures in docs/conformance.md', () => {
    const table = figuresTable(figures);
    // UPDATE_CONFORMANCE_DOCS=1 npx vitest run test/conformance rewrites the table after a rule change.
    const docs = readFileSync(DOCS, 'utf8');
    const start = docs.indexOf('<!-- figures -->');
    const end = docs.indexOf('<!-- /figures -->');
    if (process.env.UPDATE_CONFORMANCE_DOCS) {
      writeFileSync(DOCS, `${docs.slice(0, start)}<!-- figures -->\n${table}\n${docs.slice(end)}`);
      return;
    }
    expect(docs.slice(start + '<!-- figures -->\n'.length, end).trim()).toBe(table);
  });
});

describe('crawlers and people', () => {
  it('never notifies an instance of the crawler-user-agents list (status bot or unknown), apart from listed people', () => {
    const notified: string[] = [];
    let instances = 0;
    for (const crawler of CRAWLERS) {
      for (const ua of crawler.instances ?? []) {
        instances++;
        const verdict = evaluate(ua);
        if (verdict.status === 'bot' || verdict.status === 'unknown') continue;
        if (Object.prototype.hasOwnProperty.call(PEOPLE_IN_THE_CRAWLER_LIST, crawler.pattern)) continue;
        notified.push(`${crawler.pattern}: ${verdict.status} (${verdict.agent} ${verdict.version}) ${ua}`);
      }
    }
    expect(instances).toBeGreaterThan(2000);
    expect(notified).toEqual([]);
  });

  it('lists as people only entries that are judged as browsers', () => {
    for (const pattern of Object.keys(PEOPLE_IN_THE_CRAWLER_LIST)) {
      const crawler = CRAWLERS.find((entry) => entry.pattern === pattern);
      expect(crawler, pattern).toBeDefined();
      for (const ua of crawler!.instances) expect(evaluate(ua).agent, ua).not.toBeNull();
    }
  });

  it('judges no browser of the user-agents dataset as a bot', () => {
    expect(DATASET.filter((row) => evaluate(row.userAgent).status === 'bot').map((row) => row.userAgent)).toEqual([]);
  });

  it('judges no browser the oracles name as a bot, apart from documented exceptions', () => {
    const bots = comparisons.filter((c) => c.expected !== null && c.verdict.status === 'bot' && !c.exception).map(describeDifference);
    expect(bots).toEqual([]);
  });
});
