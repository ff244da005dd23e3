import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, TOP } from '../../src/report/aggregate';
import { ASSET_EXTENSIONS, LEFT_OUT_REASONS, PAGE_VIEW, pageViewAt, pageViewOf } from '../../src/report/page-views';
import { lineDay, lineRequest, userAgentOf } from '../../src/report/parse-line';
import { renderJson } from '../../src/report/render-json';
import { renderTable } from '../../src/report/render-table';
import { emptyTally, type Tally } from '../../src/report/tally';
import { RawCounts, tallyLogBlock } from '../../src/report/tally-log';
import { REPORT_TEXTS } from '../../src/report/text';
import { DEFAULT_POLICY } from '../../src/policy/default';

// The report counts page views by default (GET or HEAD, 2xx or 304, not an asset), says
// how many requests it left out and why, and estimates visitors from address and user
// agent per day, which it never writes out.

const CHROME = (version: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';

interface Line {
  address?: string;
  day?: string;
  request?: string;
  status?: string;
  ua?: string;
}
const line = ({ address = '203.0.113.7', day = '30/Nov/2026', request = 'GET / HTTP/1.1', status = '200', ua = CHROME(140) }: Line = {}) =>
  `${address} - - [${day}:10:00:00 +0100] "${request}" ${status} 512 "-" "${ua}"`;

/** The tally of `lines` as the report reads them: one block, as latin1. */
function tallyOf(lines: string[], options: { allRequests?: boolean; maxVisitorKeys?: number; withDays?: boolean; maxDistinct?: number } = {}): Tally {
  const tally = emptyTally(options.withDays ?? false, options.maxDistinct, options);
  const raw = new RawCounts();
  tallyLogBlock(lines.join('\n'), tally, raw, lineDay());
  raw.foldInto(tally);
  return tally;
}

const reportOf = (tally: Tally, countedExport = false) =>
  buildReport(tally, { inputs: ['access.log'], policy: DEFAULT_POLICY, now: new Date('2026-12-07T12:00:00Z'), countedExport });

describe('the page-view definition', () => {
  it('classifies requests as the definition says, the first rule broken naming the reason', () => {
    const cases: Array<[string, number, ReturnType<typeof pageViewOf>]> = [
      ['GET / HTTP/1.1', 200, 'page view'],
      ['HEAD /kontakt HTTP/1.1', 200, 'page view'],
      ['GET /nyheter/2025/vinterv%C3%A4gh%C3%A5llning HTTP/2.0', 299, 'page view'],
      ['GET / HTTP/1.1', 304, 'page view'],
      ['GET /sok?q=karta.pdf HTTP/1.1', 200, 'page view'], // the query names a file, the path does not
      ['GET /sida#bild.png HTTP/1.1', 200, 'page view'],
      ['GET /index.html HTTP/1.1', 200, 'page view'],
      ['GET /css/ HTTP/1.1', 200, 'page view'], // a folder called css
      ['GET /katalog.d/sida HTTP/1.1', 200, 'page view'], // a dot in a folder, not in the last segment
      ['GET /app.js/ HTTP/1.1', 200, 'page view'], // a folder named like an asset
      ['GET /v1.2/ HTTP/1.1', 200, 'page view'],
      ['GET /x. HTTP/1.1', 200, 'page view'],
      ['GET /x.\x17z HTTP/1.1', 200, 'page view'], // a control character is no digit
      ['GET /x.c\u0173s HTTP/1.1', 200, 'page view'], // nor is a letter outside ASCII
      ['GET / HTTP/1.1', 200, 'page view'],
      ['GET /', 200, 'page view'], // HTTP/0.9: no protocol
      ['GET /css/site.css HTTP/1.1', 200, 'assets'],
      ['GET /js/app.js?v=3 HTTP/1.1', 304, 'assets'],
      ['GET /BILDER/LOGO.SVG HTTP/1.1', 200, 'assets'],
      ['GET /font.woff2 HTTP/1.1', 200, 'assets'],
      ['GET /arkiv/logs.tar.gz HTTP/1.1', 200, 'assets'],
      ['GET /blankett.pdf#page=2 HTTP/1.1', 200, 'assets'],
      ['GET https://www.haninge.se/favicon.ico HTTP/1.1', 200, 'assets'], // a proxy's absolute form
      ['POST /upload.json HTTP/1.1', 500, 'assets'], // assets come first
      ['POST /sok HTTP/1.1', 200, 'notGetOrHead'],
      ['get / HTTP/1.1', 200, 'notGetOrHead'], // methods are case-sensitive
      ['OPTIONS * HTTP/1.1', 200, 'notGetOrHead'],
      ['PROPFIND / HTTP/1.1', 207, 'notGetOrHead'],
      ['GET / HTTP/1.1', 301, 'errorsAndRedirects'],
      ['GET / HTTP/1.1', 300, 'errorsAndRedirects'],
      ['GET /saknas HTTP/1.1', 404, 'errorsAndRedirects'],
      ['GET / HTTP/1.1', 503, 'errorsAndRedirects'],
      ['GET / HTTP/1.1', 199, 'errorsAndRedirects'],
      ['GET / HTTP/1.1', -1, 'unreadableStatus'],
      ['-', 400, 'noRequest'],
      ['-', -1, 'noRequest'],
      ['', 200, 'noRequest'],
      ['GET', 200, 'noRequest'],
      ['GET ', 200, 'noRequest'],
      [' /', 200, 'noRequest'],
      ['\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03', 400, 'noRequest'], // TLS spoken to a plain port
    ];
    for (const [request, status, expected] of cases) expect([request, status, pageViewOf(request, status)]).toEqual([request, status, expected]);
  });

  it('is the definition the recipes repeat in SQL: these extensions, and no others', () => {
    expect(ASSET_EXTENSIONS.join(' ')).toBe(
      'css js mjs map json xml rss atom txt ico png jpg jpeg gif svg webp avif bmp tif tiff heic woff woff2 ttf otf eot ' +
        'mp3 mp4 m4a webm ogg ogv wav mov avi pdf doc docx xls xlsx ppt pptx odt ods odp csv zip gz tar 7z rar',
    );
    for (const extension of ASSET_EXTENSIONS) {
      expect(pageViewOf(`GET /fil.${extension} HTTP/1.1`, 200)).toBe('assets');
      expect(pageViewOf(`GET /fil.${extension.toUpperCase()}?x=1 HTTP/1.1`, 200)).toBe('assets');
      expect(pageViewOf(`GET /fil.${extension}q HTTP/1.1`, 200)).toBe('page view');
    }
  });

  it('reads outside strings as data: a path naming a property of objects is a page', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
      expect(pageViewOf(`GET /x.${name} HTTP/1.1`, 200)).toBe('page view');
      expect(pageViewOf(`GET /${name} HTTP/1.1`, 200)).toBe('page view');
    }
  });

  it('reads only the request it is given inside a longer text', () => {
    const text = '"GET /sida HTTP/1.1".css "POST /x HTTP/1.1"';
    expect(pageViewAt(text, 1, 19, 200)).toBe(PAGE_VIEW);
    expect(LEFT_OUT_REASONS[pageViewAt(text, 26, 42, 200)]).toBe('notGetOrHead');
    // A field without a space of its own, in a text with one after it, has no request.
    expect(LEFT_OUT_REASONS[pageViewAt('"-" 400 0 "-" "curl/8"', 1, 2, 400)]).toBe('noRequest');
  });

  it('never throws, and answers a page view or a reason, whatever the request and status', () => {
    const answers = new Set<number>([PAGE_VIEW, ...LEFT_OUT_REASONS.map((_, index) => index)]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: -1, max: 999 }), (request, status) => {
        expect(answers.has(pageViewAt(request, 0, request.length, status))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    const long = `GET /${'a/'.repeat(40_000)}x.css HTTP/1.1`;
    expect(pageViewOf(long, 200)).toBe('assets');
    expect(pageViewOf('GET'.repeat(30_000), 200)).toBe('noRequest');
  });
});

describe('reading the request of a line', () => {
  const read = (text: string) => {
    const request = lineRequest();
    const ua = userAgentOf(text, undefined, false, request);
    const field = request.requestStart === -1 ? null : text.slice(request.requestStart, request.requestEnd);
    return { ua, request: field, status: request.status, address: text.slice(request.addressStart, request.addressEnd) };
  };

  it('finds the request, the status and the client address of a combined line', () => {
    expect(read(line({ request: 'GET /a.css HTTP/1.1', status: '304' }))).toEqual({ ua: CHROME(140), request: 'GET /a.css HTTP/1.1', status: 304, address: '203.0.113.7' });
    expect(read(`  2001:db8::1 - - [30/Nov/2026:10:00:00 +0100] "-" 400 0 "-" "-"`)).toEqual({ ua: '-', request: '-', status: 400, address: '2001:db8::1' });
    expect(read(line({ status: 'abc' }))).toMatchObject({ request: 'GET / HTTP/1.1', status: -1 });
    expect(read(line({ status: '2000' }))).toMatchObject({ status: -1 });
  });

  it('finds none in the formats that record none: JSON lines and a user agent alone', () => {
    expect(read(`{"user_agent": "${IE11}", "path": "/a.css"}`)).toMatchObject({ ua: IE11, request: null });
    expect(read(IE11)).toMatchObject({ ua: IE11, request: null });
  });
});

describe('Caddy\'s JSON access log', () => {
  // One line of Caddy's default JSON access log, with the fields the report reads
  // (https://github.com/caddyserver/transform-encoder: request>client_ip, request>method,
  // request>uri, status; headers map to arrays of values).
  const caddy = (fields: { method?: string; uri?: string; status?: unknown; client_ip?: string; remote_ip?: string; ua?: string } = {}) => {
    const { method = 'GET', uri = '/', status = 200, ua = CHROME(140), ...address } = fields;
    const request = { ...('client_ip' in fields || 'remote_ip' in fields ? address : { client_ip: '203.0.113.7' }), proto: 'HTTP/2.0', method, host: 'www.haninge.se', uri, headers: { 'User-Agent': [ua], Accept: ['text/html'] } };
    return JSON.stringify({ level: 'info', ts: 1764496800.5, logger: 'http.log.access.log0', msg: 'handled request', request, bytes_read: 0, user_id: '', duration: 0.001, size: 512, status, resp_headers: {} });
  };

  it('reads the method, the path, the status and the client address of a request', () => {
    const request = lineRequest();
    expect(userAgentOf(caddy({ uri: '/kontakt?x=1', status: 304 }), undefined, false, request)).toBe(CHROME(140));
    expect(request.source!.slice(request.requestStart, request.requestEnd)).toBe('GET /kontakt?x=1');
    expect(request.source!.slice(request.addressStart, request.addressEnd)).toBe('203.0.113.7');
    expect(request.status).toBe(304);
    userAgentOf(caddy({ remote_ip: '198.51.100.2', status: 0 }), undefined, false, request);
    expect(request).toMatchObject({ status: -1 });
    expect(request.source!.slice(request.addressStart, request.addressEnd)).toBe('198.51.100.2');
    // Then a line of another shape: none of it is left behind.
    userAgentOf(`{"user_agent": "${IE11}"}`, undefined, false, request);
    expect(request).toMatchObject({ requestStart: -1, source: null });
  });

  it('counts its page views, leaves the others out under their reason, and estimates visitors from the client address', () => {
    const tally = tallyOf([
      caddy(),
      caddy({ method: 'HEAD', uri: '/nyheter' }),
      caddy({ client_ip: '198.51.100.2' }),
      caddy({ uri: '/css/site.css' }),
      caddy({ method: 'POST', uri: '/sok' }),
      caddy({ status: 404 }),
      caddy({ status: 0 }),
      // No method or uri in `request`, or no numeric status: not Caddy's, no request to check, counted as given.
      JSON.stringify({ request: { headers: { 'User-Agent': [IE11] } }, status: 200 }),
      caddy({ status: '200' }),
      caddy({ status: null }),
    ]);
    expect(tally.requests).toBe(6);
    expect(tally.checked).toBe(3);
    expect(Object.fromEntries(LEFT_OUT_REASONS.map((reason, index) => [reason, tally.leftOut[index]]))).toEqual({
      assets: 1,
      errorsAndRedirects: 1,
      notGetOrHead: 1,
      noRequest: 0,
      unreadableStatus: 1,
    });
    expect(tally.addressed).toBe(3);
    expect(tally.visitors.get(CHROME(140))).toBe(2);
    expect(reportOf(tally)).toMatchObject({ requests: 6, countedAsGiven: 3, visitors: { estimate: 2, ofRequests: 3 } });
  });

  it('counts a page view without an address, and leaves it out of the visitor estimate', () => {
    const tally = tallyOf([caddy({ client_ip: undefined as unknown as string })]);
    expect(tally).toMatchObject({ requests: 1, checked: 1, addressed: 0 });
    expect(tally.pairs.size).toBe(0);
  });
});

describe('counting page views', () => {
  const log = [
    line(),
    line({ request: 'HEAD /kontakt HTTP/1.1' }),
    line({ status: '304' }),
    line({ request: 'GET /css/site.css HTTP/1.1' }),
    line({ request: 'GET /js/app.js HTTP/1.1' }),
    line({ request: 'GET /bilder/logo.svg HTTP/1.1', status: '404' }),
    line({ status: '404' }),
    line({ status: '301' }),
    line({ request: 'POST /sok HTTP/1.1' }),
    line({ request: '-', status: '400', ua: '-' }),
    line({ status: 'xyz' }),
  ];

  it('counts page views by default, and every request left out under its reason', () => {
    const tally = tallyOf(log);
    expect(tally.requests).toBe(3);
    expect(tally.counts.get(CHROME(140))).toBe(3);
    expect(Object.fromEntries(LEFT_OUT_REASONS.map((reason, index) => [reason, tally.leftOut[index]]))).toEqual({
      assets: 3,
      errorsAndRedirects: 2,
      notGetOrHead: 1,
      noRequest: 1,
      unreadableStatus: 1,
    });
    expect(tally.lines).toBe(11);
    expect(tally.skipped).toBe(0);
  });

  it('counts every request with --all-requests, and leaves none out', () => {
    const tally = tallyOf(log, { allRequests: true });
    expect(tally.requests).toBe(11);
    expect(tally.leftOut.every((count) => count === 0)).toBe(true);
  });

  it('says what it counted and what it left out, in every output', () => {
    const report = reportOf(tallyOf(log));
    expect(report).toMatchObject({
      counted: 'page views',
      requests: 3,
      leftOut: { total: 8, assets: 3, errorsAndRedirects: 2, notGetOrHead: 1, noRequest: 1, unreadableStatus: 1 },
      countedAsGiven: 0,
    });
    expect(JSON.parse(renderJson(report))).toMatchObject({ counted: 'page views', leftOut: { total: 8, assets: 3 } });
    const table = renderTable(report);
    expect(table).toMatch(/^Page views +3$/m);
    expect(table).toContain(
      '3 page views (8 requests left out: 3 assets, 2 errors and redirects, 1 without a request line, 1 with an unreadable status, 1 not GET or HEAD)',
    );
    expect(table).toContain('0 page views (0.0 %) would see the notice.');
    const all = renderTable(reportOf(tallyOf(log, { allRequests: true })));
    expect(all).toMatch(/^Requests +11$/m);
    expect(all).toContain('11 requests: every request is counted (--all-requests)');
    expect(all).not.toContain('left out');
    const swedish = renderTable(report, REPORT_TEXTS.sv);
    expect(swedish).toMatch(/^Sidvisningar +3$/m);
    expect(swedish).toContain('3 sidvisningar (8 förfrågningar räknades inte: 3 statiska filer, 2 fel och omdirigeringar,');
  });

  it('says "0 page views (N requests left out: assets)" for a log that is all assets', () => {
    const assets = ['/css/site.css', '/js/app.js', '/favicon.ico', '/bilder/logo.SVG?v=2'].map((path) => line({ request: `GET ${path} HTTP/1.1` }));
    const report = reportOf(tallyOf(assets));
    expect(report).toMatchObject({ requests: 0, leftOut: { total: 4, assets: 4 }, notified: { requests: 0, percent: 0 } });
    expect(renderTable(report)).toContain('\n0 page views (4 requests left out: assets)\n');
    expect(renderTable(report, REPORT_TEXTS.sv)).toContain('\n0 sidvisningar (4 förfrågningar räknades inte: statiska filer)\n');
  });

  it('counts lines that record no request as given, and says how many', () => {
    const tally = tallyOf([line(), line({ request: 'GET /a.css HTTP/1.1' }), `{"user_agent": "${IE11}"}`, IE11]);
    const report = reportOf(tally);
    expect(report).toMatchObject({ requests: 3, countedAsGiven: 2, leftOut: { total: 1, assets: 1 } });
    expect(renderTable(report)).toContain('2 of them counted as given: their lines record no request to check');
  });

  it('says a counted export counts what its query counted', () => {
    const tally = emptyTally();
    const raw = new RawCounts();
    raw.foldInto(tally);
    const report = reportOf(tally, true);
    expect(report.counted).toBe('as counted');
    expect(renderTable(report)).toContain("as the counted export's query counted them");
  });
});

describe('the visitor estimate', () => {
  it('counts distinct address and user agent per day, summed over the days', () => {
    const tally = tallyOf([
      line(),
      line({ request: 'GET /kontakt HTTP/1.1' }), // the same visitor again
      line({ address: '203.0.113.8' }), // another address
      line({ ua: IE11 }), // another browser at the same address
      line({ day: '01/Dec/2026' }), // the first visitor, the next day
      line({ address: '203.0.113.9', request: 'GET /a.css HTTP/1.1' }), // only an asset: no page view
      `${line({ address: '203.0.113.10' })} "10.1.1.1"`, // a field after the user agent: read by the general reader
      line({ ua: CHROME(140).replace('Windows NT 10.0; Win64; x64', 'X11; Linux x86_64') }), // the same version on another system
    ]);
    expect(tally.visitors.get(CHROME(140))).toBe(4);
    expect(tally.visitors.get(IE11)).toBe(1);
    const report = reportOf(tally);
    expect(report.visitors).toEqual({ estimate: 6, ofRequests: 7, complete: true, unchecked: 0 });
    expect(report.browsers.find((row) => row.agent === 'chrome')).toMatchObject({ requests: 6, visitors: 5 });
    expect(report.versions.find((row) => row.agent === 'chrome')).toMatchObject({ version: '140', requests: 6, visitors: 5, example: CHROME(140) });
    expect(report.versions.find((row) => row.agent === 'ie')).toMatchObject({ version: '11', requests: 1, visitors: 1 });
    expect(renderTable(report)).toMatch(/^Visitors \(estimate\) +6$/m);
  });

  it('counts a visitor of user agents the tally counts as one (cut to what evaluate reads) once', () => {
    const long = 'a'.repeat(600);
    const tally = tallyOf([line({ ua: long }), line({ ua: `${long}b` })]);
    expect(tally.counts.size).toBe(1);
    expect(reportOf(tally).visitors.estimate).toBe(1);
  });

  it('keeps the visitors of user agents folded into "other user agents": none lost, none twice', () => {
    const lines = Array.from({ length: 300 }, (_, i) => line({ address: `198.51.100.${i % 7}`, ua: `forged/${i % 120}` }));
    const tally = tallyOf(lines, { maxDistinct: 20 });
    expect(tally.other).toBeGreaterThan(0);
    expect(tally.otherVisitors).toBeGreaterThan(0);
    expect([...tally.visitors.values()].reduce((a, b) => a + b, 0) + tally.otherVisitors).toBe(tally.pairs.size);
    expect(reportOf(tally).visitors.estimate).toBe(tally.pairs.size);
  });

  it('holds at most the bound of pairs, and then says the estimate is a lower bound', () => {
    const lines = Array.from({ length: 10 }, (_, i) => line({ address: `198.51.100.${i}` }));
    const tally = tallyOf([...lines, ...lines], { maxVisitorKeys: 4 });
    expect(tally.pairs.size).toBe(4);
    const report = reportOf(tally);
    expect(report.visitors).toEqual({ estimate: 4, ofRequests: 20, complete: false, unchecked: 12 });
    expect(renderTable(report)).toMatch(/^Visitors \(estimate\) +at least 4$/m);
  });

  it('is not known where no line gives an address', () => {
    const report = reportOf(tallyOf([IE11, `{"ua": "${IE11}"}`]));
    expect(report.visitors.estimate).toBeNull();
    expect(renderTable(report)).toMatch(/^Visitors \(estimate\) +not known$/m);
    expect(renderTable(report)).toContain('Visitors are not known: no line read gives a client address');
  });

  it('writes neither addresses nor pairs into the report', () => {
    const addresses = ['203.0.113.7', '198.51.100.23', '2001:db8::7'];
    const report = reportOf(tallyOf(addresses.map((address) => line({ address }))));
    expect(report.visitors.estimate).toBe(3);
    for (const output of [renderJson(report), renderTable(report, undefined, { allRows: true })]) {
      for (const address of addresses) expect(output).not.toContain(address);
    }
  });
});

describe('whole tables', () => {
  const versions = Array.from({ length: TOP + 5 }, (_, i) => 60 + i);
  const report = reportOf(tallyOf(versions.flatMap((version, i) => Array.from({ length: i + 1 }, () => line({ ua: CHROME(version) })))));

  it('holds every browser version in the JSON, with status, share and visitors', () => {
    const json = JSON.parse(renderJson(report));
    expect(json.topOutdated).toHaveLength(TOP);
    expect(json.versions).toHaveLength(versions.length);
    expect(json.versions[0]).toMatchObject({ agent: 'chrome', version: '74', status: 'outdated', requests: 15, visitors: 1 });
    expect(json.browsers).toEqual([{ agent: 'chrome', requests: 120, percent: 100, visitors: 15 }]);
  });

  it('prints the top 10 in the table, and every row with allRows', () => {
    expect(renderTable(report)).not.toMatch(/chrome 60\b/);
    const all = renderTable(report, undefined, { allRows: true });
    expect(all).toContain('Outdated browser versions (all 15)');
    expect(all).toContain('Every browser version (15)');
    expect(all.match(/^ +chrome 60 .*$/gm)).toHaveLength(2);
  });
});

describe('the page-view definition in the docs', () => {
  it('lists exactly the extensions of the table, in its order, in the report page and every recipe', () => {
    const report = readFileSync(new URL('../../docs/report.md', import.meta.url), 'utf8');
    const recipes = readFileSync(new URL('../../docs/recipes/counted-exports.md', import.meta.url), 'utf8');
    const listed = /does not end in `\.` and one of `([a-z0-9 \n]+)`/.exec(report)![1]!.split(/\s+/);
    expect(listed).toEqual(ASSET_EXTENSIONS);
    const inRecipes = [...recipes.matchAll(/\[\.\]\(([a-z0-9|]+)\)/g)].map((match) => match[1]!.split('|'));
    expect(inRecipes.length).toBeGreaterThanOrEqual(8);
    for (const list of inRecipes) expect(list).toEqual(ASSET_EXTENSIONS);
  });
});
