import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as users get it: the built bin, spawned as a process, on logs written here.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

// IE 11 on Windows 10, where current browsers run: told to switch, whatever the date.
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME157 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const CHROME100 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.75 Safari/537.36';
const IOS15 = 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const CURL = 'curl/8.5.0';

/**
 * The traffic every format below carries: 25 requests from 6 user agents. Under
 * `defaults`: Chrome 157 supported; Chrome 100 (update) and iOS 15 (update-os)
 * outdated; IE 11 unsupported (switch); Googlebot a bot; curl unknown.
 */
const TRAFFIC: [string, number][] = [
  [IE11, 3],
  [CHROME157, 10],
  [CHROME100, 4],
  [IOS15, 2],
  [GOOGLEBOT, 5],
  [CURL, 1],
];
const EXPECTED = {
  requests: 25,
  distinctUserAgents: 6,
  status: { supported: 10, outdated: 6, unsupported: 3, unknown: 1, bot: 5 },
  notified: 9,
  actions: { update: 4, switch: 3, 'update-os': 2 },
};

/** The requests in a fixed interleaved order, as a server would log them. */
function requests(): string[] {
  const left = TRAFFIC.map(([ua, count]) => ({ ua, count }));
  const out: string[] = [];
  while (left.some((entry) => entry.count > 0)) {
    for (const entry of left) if (entry.count-- > 0) out.push(entry.ua);
  }
  return out;
}

const combined = (ua: string, i: number) =>
  `192.0.2.${i % 250} - - [12/Nov/2025:10:00:${String(i % 60).padStart(2, '0')} +0100] "GET /page/${i} HTTP/1.1" 200 ${1000 + i} "https://www.example.org/" "${ua.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const JSON_KEYS = ['user_agent', 'userAgent', 'http_user_agent', 'ua', 'User-Agent', 'HTTP_USER_AGENT'];
const jsonLine = (ua: string, i: number) =>
  i % 7 === 6
    ? JSON.stringify({ ts: i, request: { method: 'GET', uri: '/', headers: { 'User-Agent': [ua] } } }) // Caddy
    : JSON.stringify({ time: `2025-11-12T10:00:${i}Z`, status: 200, [JSON_KEYS[i % JSON_KEYS.length]!]: ua });

let dir: string;
const file = (name: string, contents: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};
const lines = (list: string[]) => list.join('\n') + '\n';

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, BROWSERSLIST: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(args: string[], input?: string | Buffer) {
  const result = run(['report', '--format', 'json', '--browsers', 'defaults', ...args], input);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

type Report = ReturnType<typeof report>;

function expectTraffic(result: Report, times = 1, skipped = 0) {
  expect(result.requests).toBe(EXPECTED.requests * times);
  expect(result.distinctUserAgents).toBe(EXPECTED.distinctUserAgents);
  expect(result.skipped).toBe(skipped);
  expect(result.lines).toBe(EXPECTED.requests * times + skipped);
  for (const [status, count] of Object.entries(EXPECTED.status)) expect(result.status[status].requests).toBe(count * times);
  expect(result.notified.requests).toBe(EXPECTED.notified * times);
  for (const [action, count] of Object.entries(EXPECTED.actions)) expect(result.actions[action].requests).toBe(count * times);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('old-browser-notice report: reading logs', () => {
  it('reads the combined log format and computes the shares', () => {
    const result = report([file('combined.log', lines(requests().map(combined)))]);
    expectTraffic(result);
    expect(result.policy.query).toBe('defaults');
    expect(result.status.supported.percent).toBe(40);
    expect(result.status.outdated.percent).toBe(24);
    expect(result.notified.percent).toBe(36);
    expect(result.actions.update.percent).toBe(44.4);
    expect(result.actions.switch.percent).toBe(33.3);
    expect(result.actions['update-os'].percent).toBe(22.2);
    expect(result.topOutdated.map((entry: { agent: string; version: string; requests: number }) => [entry.agent, entry.version, entry.requests])).toEqual([
      ['chrome', '100', 4],
      ['ios_saf', '15.6', 2],
    ]);
    expect(result.topOutdated[0]).toMatchObject({ percent: 16, example: CHROME100 });
    expect(result.topUnsupported).toEqual([{ agent: 'ie', version: '11', requests: 3, percent: 12, example: IE11 }]);
    expect(result.topUnknown).toEqual([{ userAgent: CURL, requests: 1, percent: 4 }]);
    expect(result.compare).toBeNull();
  });

  it('reads JSON lines, whatever the user-agent key is called, and Caddy-style nested headers', () => {
    expectTraffic(report([file('json.log', lines(requests().map(jsonLine)))]));
  });

  it('reads one user agent per line', () => {
    expectTraffic(report([file('plain.txt', lines(requests()))]));
  });

  it('decompresses gzip, by its name or by its first bytes', () => {
    const gz = gzipSync(lines(requests().map(combined)));
    expectTraffic(report([file('access.log.1.gz', gz)]));
    expectTraffic(report([file('rotated-without-suffix', gz)]));
  });

  it('reads standard input given as `-`, plain or gzip', () => {
    expectTraffic(report(['-'], lines(requests())));
    expectTraffic(report(['-'], gzipSync(lines(requests().map(jsonLine)))));
  });

  it('reads a pipe named as a file, such as `<(zcat access.log.gz)`, plain or gzip', () => {
    const plain = file('piped.log', lines(requests().map(combined)));
    const gz = file('piped.log.gz', gzipSync(lines(requests().map(jsonLine))));
    // bash's process substitution: each argument is a /dev/fd/N path to a pipe.
    const script = '"$0" "$1" report --format json --browsers defaults <(cat "$2") <(cat "$3")';
    const result = spawnSync('bash', ['-c', script, process.execPath, BIN, plain, gz], { encoding: 'utf8', env: { ...process.env, BROWSERSLIST: '' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectTraffic(JSON.parse(result.stdout), 2);
  });

  it('adds up several inputs, standard input among them', () => {
    const a = file('a.log', lines(requests().map(combined)));
    const b = file('b.log.gz', gzipSync(lines(requests().map(jsonLine))));
    const result = report([a, '-', b], lines(requests()));
    expectTraffic(result, 3);
    expect(result.inputs).toEqual([a, '-', b]);
  });

  it('counts malformed, empty and user-agent-less lines as skipped, and never crashes on them', () => {
    const bad = [
      '',
      '   ',
      '{"user_agent": "Mozilla/5.0 (Windows NT 10.0', // broken JSON
      '{not json at all}',
      '{"status": 200, "path": "/"}', // JSON without a user agent
      '192.0.2.1 - - [12/Nov/2025:10:00:00 +0100] "GET / HTTP/1.1" 200 12 "-" "Mozilla/5.0 (Windows', // unbalanced quotes
      '192.0.2.1 - - [12/Nov/2025:10:00:00 +0100] "GET / HTTP/1.1" 200 12', // common log format: no user agent
    ];
    const good = requests().map(combined);
    const mixed = good.flatMap((line, i) => (i < bad.length ? [bad[i]!, line] : [line]));
    const result = report([file('mixed.log', lines(mixed) + '\r\n')]);
    expectTraffic(result, 1, bad.length + 1);
  });

  it('handles escaped quotes and fields after the user agent in combined lines', () => {
    const quoted = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; "quoted" \\ thing; rv:11.0) like Gecko';
    const start = '192.0.2.1 - - [12/Nov/2025:10:00:00 +0100]';
    const apache = `${start} "GET /?q=\\"x\\" HTTP/1.1" 200 12 "https://a.example/\\"r\\"" "${quoted.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const nginx = `${start} "GET / HTTP/1.1" 200 12 "-" "${quoted.replace(/\\/g, '\\x5C').replace(/"/g, '\\x22')}"`;
    const forwardedFor = `${start} "GET / HTTP/1.1" 304 - "-" "${IE11}" "203.0.113.9"`; // nginx's sample `main` format
    const result = report(['-'], lines([apache, nginx, forwardedFor]));
    expect(result).toMatchObject({ requests: 3, distinctUserAgents: 2, skipped: 0 });
    expect(result.topUnsupported).toEqual([{ agent: 'ie', version: '11', requests: 3, percent: 100, example: quoted }]);
  });

  it('prints nothing on standard error when it is not a terminal', () => {
    const { code, stderr } = run(['report', '--browsers', 'defaults', file('quiet.log', lines(requests()))]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('old-browser-notice report: output', () => {
  it('prints a readable table with the headline numbers by default', () => {
    const { code, stdout } = run(['report', '--browsers', 'defaults', file('table.log', lines(requests().map(combined)))]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Page views\s+25\n/);
    expect(stdout).toMatch(/Distinct user agents\s+6\n/);
    expect(stdout).toMatch(/Lines skipped\s+0\n/);
    expect(stdout).toContain('9 page views (36.0 %) would see the notice.');
    expect(stdout).toMatch(/^supported\s+10\s+40\.0 %$/m);
    expect(stdout).toMatch(/^outdated\s+6\s+24\.0 %$/m);
    expect(stdout).toMatch(/^unsupported\s+3\s+12\.0 %$/m);
    expect(stdout).toMatch(/^update\s+4\s+44\.4 %$/m);
    expect(stdout).toMatch(/^\s+chrome 100\s+4\s+16\.0 %$/m);
    expect(stdout).toMatch(/^\s+ie 11\s+3\s+12\.0 %$/m);
  });

  it('compares two policies side by side, with the difference in one sentence', () => {
    const log = file('compare.log', lines(requests().map(combined)));
    const lenient = 'chrome >= 90, edge >= 109, firefox >= 115, ie >= 11, ios_saf >= 15';
    const fewer = report(['--compare', lenient, log]);
    expect(fewer.compare.notified.requests).toBe(0);
    expect(fewer.compare.status.supported.requests).toBe(19);
    expect(fewer.compare.difference).toEqual({ requests: -9, percent: -36 });
    expect(fewer.compare.summary).toBe(`Moving from \`defaults\` to \`${lenient}\` notifies 36.0 % fewer visitors (9 page views).`);

    const more = run(['report', '--browsers', lenient, '--compare', 'defaults', log]);
    expect(more.code).toBe(0);
    expect(more.stdout).toContain(`Moving from \`${lenient}\` to \`defaults\` notifies 36.0 % more visitors (9 page views).`);
    expect(more.stdout).toMatch(/^Status\s+A page views\s+A share\s+B page views\s+B share$/m);
    expect(more.stdout).toMatch(/^notified\s+0\s+0\.0 %\s+9\s+36\.0 %$/m);

    const same = report(['--compare', 'defaults', log]);
    expect(same.compare.summary).toBe('Moving from `defaults` to `defaults` notifies as many visitors as before (the same number of page views).');

    // The JSON's one sentence is in the language asked for, as the table's and the page's are.
    const swedish = report(['--lang', 'sv', '--compare', lenient, log]);
    expect(swedish.compare.difference).toEqual(fewer.compare.difference);
    expect(swedish.compare.summary).toBe(`Att gå från \`defaults\` till \`${lenient}\` ger 36,0 % färre besökare meddelandet (9 sidvisningar).`);
  });

  it('writes one self-contained, escaped HTML page whose numbers match the JSON report', () => {
    const XSS_UNKNOWN = 'Mozilla/5.0 <script>alert(1)</script>';
    const XSS_IE = `${IE11} <img src=x onerror=alert(1)>`;
    const traffic = [...requests(), XSS_UNKNOWN, XSS_UNKNOWN, XSS_IE, XSS_IE, XSS_IE, XSS_IE];
    const log = file('html.log', lines(traffic.map(combined)));
    const json = report(['--compare', 'chrome >= 90, ie >= 11', log]);
    const out = join(dir, 'report.html');
    const written = run(['report', '--browsers', 'defaults', '--compare', 'chrome >= 90, ie >= 11', '--format', 'html', '--out', out, log]);
    expect(written).toMatchObject({ code: 0, stdout: `Wrote the html report to ${out}.\n`, stderr: '' });
    const html = readFileSync(out, 'utf8');
    const { document } = new JSDOM(html).window;

    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toContain('defaults');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelectorAll('img, link, iframe, object, embed')).toHaveLength(0);
    // One inline script, that only sorts tables; the page's CSP allows it by its hash.
    expect([...document.querySelectorAll('script')].map((script) => script.hasAttribute('src'))).toEqual([false]);
    expect(document.querySelectorAll('[src], [href]')).toHaveLength(0);
    expect([...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(document.querySelector('style')?.textContent).not.toMatch(/url\(|@import/);
    expect(document.body.textContent).toContain(XSS_UNKNOWN);
    expect(document.body.textContent).toContain(XSS_IE);

    const count = (n: number) => n.toLocaleString('en-US');
    const percent = (n: number) => `${n.toFixed(1)} %`;
    const total = (name: string) => document.querySelector(`[data-total="${name}"]`)?.textContent;
    expect(total('requests')).toBe(count(json.requests));
    expect(total('distinct')).toBe(count(json.distinctUserAgents));
    expect(total('skipped')).toBe(count(json.skipped));
    for (const status of ['supported', 'outdated', 'unsupported', 'unknown', 'bot']) {
      const row = document.querySelector(`tr[data-status="${status}"]`)!;
      expect(row.querySelector('th')!.getAttribute('scope')).toBe('row');
      const numbers = [...row.querySelectorAll('td.num, td .meter .num')].map((cell) => cell.textContent);
      expect(numbers).toEqual([
        count(json.status[status].requests),
        percent(json.status[status].percent),
        count(json.compare.status[status].requests),
        percent(json.compare.status[status].percent),
      ]);
      const bars = [...row.querySelectorAll<HTMLElement>('.bar')].map((bar) => bar.style.width);
      expect(bars).toEqual([`${json.status[status].percent}%`, `${json.compare.status[status].percent}%`]);
    }
    const chart = document.querySelector('table.chart')!;
    expect(chart.querySelector('caption')?.textContent).toMatch(/status/);
    expect([...chart.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);

    const unsupported = document.querySelector('#top-unsupported')!;
    expect(unsupported.querySelector('caption')?.textContent).toMatch(/unsupported/);
    const firstRow = unsupported.querySelector('tbody tr')!;
    expect(firstRow.querySelector('th[scope="row"]')?.textContent).toBe('ie 11');
    expect(firstRow.textContent).toContain(count(json.topUnsupported[0].requests));
    expect(firstRow.querySelector('.ua')?.textContent).toBe(XSS_IE);
    expect(document.querySelector('#summary')?.textContent).toBe(json.compare.summary.replace(/`/g, ''));
  });

  it('writes to --out instead of standard output', () => {
    const out = join(dir, 'out.json');
    const result = run(['report', '--format', 'json', '--browsers', 'defaults', '--out', out, file('out.log', lines(requests()))]);
    expect(result).toMatchObject({ code: 0, stdout: `Wrote the json report to ${out}.\n` });
    expectTraffic(JSON.parse(readFileSync(out, 'utf8')));
  });
});

describe('old-browser-notice report: errors', () => {
  const expectUsageError = (result: ReturnType<typeof run>, quoted: string) => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(quoted);
  };

  it('exits 2 quoting a file it cannot read, before reading any', () => {
    const missing = join(dir, 'no-such.log');
    expectUsageError(run(['report', '--browsers', 'defaults', file('fine.log', 'curl/8.5.0\n'), missing]), `\`${missing}\``);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    expectUsageError(run(['report', '--browsers', 'defaults', folder]), `\`${folder}\``);
  });

  it('exits 2 quoting a .gz file that is not gzip', () => {
    const fake = file('fake.log.gz', 'not gzip at all\n');
    expectUsageError(run(['report', '--browsers', 'defaults', fake]), `\`${fake}\``);
  });

  it('exits 2 quoting an unknown --format', () => {
    expectUsageError(run(['report', '--format', 'pdf', file('f.log', 'curl/8.5.0\n')]), '`pdf`');
  });

  it('exits 2 saying to pass files or `-` when given no input', () => {
    expectUsageError(run(['report', '--browsers', 'defaults']), '`-`');
  });

  it('exits 2 quoting an invalid query, in --browsers or --compare', () => {
    const log = file('q.log', 'curl/8.5.0\n');
    expectUsageError(run(['report', '--browsers', 'chrome >= banana', log]), '`chrome >= banana`');
    expectUsageError(run(['report', '--browsers', 'defaults', '--compare', 'firefox >= kiwi', log]), '`firefox >= kiwi`');
  });

  it('is documented in --help', () => {
    const { stdout } = run(['--help']);
    for (const word of ['report', '--compare', '--format table|json|html', '--out']) expect(stdout).toContain(word);
  });
});
