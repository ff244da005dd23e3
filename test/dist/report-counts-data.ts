import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { CHROME100, CHROME157, GOOGLEBOT, IE11_WINDOWS_7, IOS15 } from '../user-agents';

/** What the counts tests share: traffic known in advance, its raw log, and the CLI. */
export const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export const IE11 = IE11_WINDOWS_7;
/** Commas, quotes and a backslash: what CSV quoting must carry. */
export const ODD = 'Odd/1.0 (x, "quoted"; back\\slash)';

export interface Traffic {
  ua: string;
  day: string;
  count: number;
}

/** Requests per user agent per day: two weeks of November 2025. */
export const TRAFFIC: Traffic[] = [
  { ua: IE11, day: '2025-11-03', count: 3 },
  { ua: IE11, day: '2025-11-11', count: 1 },
  { ua: CHROME157, day: '2025-11-04', count: 6 },
  { ua: CHROME157, day: '2025-11-12', count: 9 },
  { ua: CHROME100, day: '2025-11-09', count: 4 },
  { ua: IOS15, day: '2025-11-16', count: 2 },
  { ua: GOOGLEBOT, day: '2025-11-10', count: 5 },
  { ua: ODD, day: '2025-11-05', count: 1 },
];

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const combinedTime = (day: string) => `${day.slice(8)}/${MONTHS[Number(day.slice(5, 7)) - 1]}/${day.slice(0, 4)}:23:30:00 +0100`;
/** A string as Apache and nginx write it in a log: in quotes, with `\` and `"` escaped. */
export const quotedApache = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The combined-format log of `traffic`: one page view per request. */
export const rawLog = (traffic: Traffic[] = TRAFFIC) =>
  traffic
    .flatMap(({ ua, day, count }) =>
      Array.from({ length: count }, (_, i) => `192.0.2.${i % 250} - - [${combinedTime(day)}] "GET / HTTP/1.1" 200 5 "-" ${quotedApache(ua)}`),
    )
    .join('\n') + '\n';

/** A CSV field as RFC 4180 writes it: quoted only where it must be. */
export const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: options.input, cwd: options.cwd, encoding: 'utf8', env: { ...process.env, BROWSERSLIST: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON report of `args`, which must succeed without a word on standard error. */
export function report(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = run(['report', '--format', 'json', '--browsers', 'defaults', ...args], options);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/**
 * The figures a policy decision rests on; `lines`, `inputs` and `generated` differ by nature,
 * and so do what was counted and left out (page views of a log, what a counted export's query
 * counted) and the visitors (a count of requests holds no addresses).
 */
export function figures(result: Record<string, unknown>) {
  const { inputs, lines, generated, counted, leftOut, countedAsGiven, visitors, browsers, versions, ...rest } = result;
  const withoutVisitors = (rows: unknown) => (rows as Array<Record<string, unknown>>).map(({ visitors: _, ...row }) => row);
  return { ...rest, browsers: withoutVisitors(browsers), versions: withoutVisitors(versions) };
}
