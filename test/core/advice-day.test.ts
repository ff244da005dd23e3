import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { adviceDay as serverAdviceDay } from '../../src/advice/advise';

type AdviceDay = (now?: Date | number) => string;

/**
 * adviceDay as the script tag's second stage is built (tsup.config.ts: `__FAST_PATH__` false),
 * which reads `now` afresh on every call instead of keeping the last day: the same sources,
 * bundled here with that constant, so that both builds are held to the same days.
 */
async function scriptTagAdviceDay(): Promise<AdviceDay> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../src/advice/advise.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    define: { __FAST_PATH__: 'false' },
    logLevel: 'silent',
  });
  const module = { exports: {} as { adviceDay: AdviceDay } };
  new Function('module', 'exports', result.outputFiles[0]!.text)(module, module.exports);
  return module.exports.adviceDay;
}

const builds: Array<[string, () => AdviceDay]> = [['server build', () => serverAdviceDay]];
let scriptTag: AdviceDay;
builds.push(['script tag build', () => scriptTag]);
beforeAll(async () => {
  scriptTag = await scriptTagAdviceDay();
});

// The server build keeps the text of the last day asked (a server asks on every request): each
// answer must still be the day of the moment given, whatever was asked before it.
describe.each(builds)('adviceDay, %s', (_, get) => {
  it('names the day of each moment, in any order of asking', () => {
    const adviceDay = get();
    const moments: Array<[Date | number, string]> = [
      [Date.UTC(2026, 1, 24, 23, 59, 59, 999), '2026-02-24'],
      [Date.UTC(2026, 1, 25), '2026-02-25'],
      [new Date('2026-02-24T12:00:00Z'), '2026-02-24'],
      [-0.5, '1970-01-01'], // clipped towards zero, as a Date does
      [-1, '1969-12-31'],
      [8.64e15, '+275760-09'], // the last one: a six-digit year, cut as the table's dates are
      [8.64e15 + 1, ''], // past the last moment a Date can hold
      [NaN, ''],
      [new Date(NaN), ''],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [now, day] of moments) expect(adviceDay(now), String(now)).toBe(day);
      moments.reverse();
    }
  });

  it('names no day for a string, and today for no moment', () => {
    const adviceDay = get();
    expect(adviceDay(Date.UTC(2026, 0, 1))).toBe('2026-01-01');
    expect(adviceDay('2026-01-01' as unknown as number)).toBe('');
    expect(adviceDay()).toBe(new Date().toISOString().slice(0, 10));
  });

  it('names no day for a string of digits either: text from a page or a CMS field is never read as milliseconds', () => {
    // The npm entry points refuse a string `now` before this; a visitor's page passes what it was given.
    expect(get()('1767225600000' as unknown as number)).toBe('');
  });

  it('names no day, and does not throw in the visitor\'s page, for a `now` whose conversion throws', () => {
    const adviceDay = get();
    const hostile = { valueOf: () => { throw new Error('no'); } };
    expect(adviceDay(hostile as unknown as number)).toBe('');
    expect(adviceDay(Symbol('now') as unknown as number)).toBe('');
  });
});
