import { describe, expect, it } from 'vitest';
import { checkRequest, evaluate, readClientHints } from '@lib/node';
import { parseItem, parseList } from '../../src/hints/structured-header';

const CHROME_130_REDUCED = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const CHROME_130_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';
const GOOGLEBOT = 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe('structured header parsing (RFC 8941 lists)', () => {
  it('reads brand lists with parameters', () => {
    expect(parseList('"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"')).toEqual([
      { value: 'Chromium', params: { v: '124' } },
      { value: 'Google Chrome', params: { v: '124' } },
      { value: 'Not-A.Brand', params: { v: '99' } },
    ]);
  });

  it('takes odd but valid spacing and escapes', () => {
    expect(parseList('  "A";  v="1" ,\t"B\\"C";v="2";x  ')).toEqual([
      { value: 'A', params: { v: '1' } },
      { value: 'B"C', params: { v: '2', x: true } },
    ]);
    expect(parseItem('?1')).toBe(true);
    expect(parseItem('?0')).toBe(false);
    expect(parseItem('"Windows"')).toBe('Windows');
  });

  it.each([
    ['unterminated string', '"Chromium;v="124"'],
    ['trailing comma', '"A";v="1",'],
    ['missing comma', '"A";v="1" "B";v="2"'],
    ['bad escape', '"A\\x"'],
    ['control character', '"A\u0001"'],
    ['bad parameter', '"A";V="1"'],
    ['space before a parameter', '"A" ;v="1"'],
    ['bad boolean', '?2'],
    ['garbage', '}{'],
  ])('refuses %s', (_name, header) => {
    expect(parseList(header)).toBeNull();
  });
});

describe('client hints', () => {
  const hints = (headers: Record<string, string>) => readClientHints((name) => headers[name] ?? null);
  /** Chrome 130's reduced user agent (Windows 10) with the hints of Chrome 130 on `platform`. */
  const chrome130On = (platform: string, platformVersion?: string) =>
    checkRequest({
      'user-agent': CHROME_130_REDUCED,
      'sec-ch-ua': '"Chromium";v="130", "Google Chrome";v="130"',
      'sec-ch-ua-platform': `"${platform}"`,
      ...(platformVersion === undefined ? {} : { 'sec-ch-ua-platform-version': `"${platformVersion}"` }),
    });

  it('are only read when there are brands', () => {
    expect(hints({ 'sec-ch-ua-platform': '"Windows"' })).toBeNull();
    expect(hints({ 'sec-ch-ua': 'garbage' })).toBeNull();
  });

  it('read every hint a Chromium browser on Android sends', () => {
    expect(
      hints({
        'sec-ch-ua': '"Chromium";v="130", "Google Chrome";v="130"',
        'sec-ch-ua-full-version-list': '"Chromium";v="130.0.6723.58"',
        'sec-ch-ua-mobile': '?1',
        'sec-ch-ua-platform': '"Android"',
        'sec-ch-ua-platform-version': '"14.0.0"',
      }),
    ).toEqual({
      brands: [{ brand: 'Chromium', version: '130' }, { brand: 'Google Chrome', version: '130' }],
      fullVersionList: [{ brand: 'Chromium', version: '130.0.6723.58' }],
      mobile: true,
      platform: 'Android',
      platformVersion: '14.0.0',
    });
  });

  it('leave out a hint that is not of its form, and keep the others', () => {
    const brands = '"Chromium";v="130"';
    expect(hints({ 'sec-ch-ua': brands, 'sec-ch-ua-mobile': '"yes"' })).toEqual({ brands: [{ brand: 'Chromium', version: '130' }] });
    expect(hints({ 'sec-ch-ua': brands, 'sec-ch-ua-mobile': '?0' })!.mobile).toBe(false);
    for (const version of ['"x14.0.0"', '"14.0.0 beta"', '"14.0.0.0.1"', '"14.0.0x"', '14'])
      expect(hints({ 'sec-ch-ua': brands, 'sec-ch-ua-platform-version': version })!.platformVersion, version).toBeUndefined();
    // A list with a member that is no brand (a token, or no version) is no list of brands.
    expect(hints({ 'sec-ch-ua': '"Chromium";v="130", Chrome' })).toBeNull();
    expect(hints({ 'sec-ch-ua': '"Chromium";v="130", "Chrome"' })).toBeNull();
    expect(hints({ 'sec-ch-ua': brands, 'sec-ch-ua-full-version-list': '"Chromium"' })).toEqual({ brands: [{ brand: 'Chromium', version: '130' }] });
  });

  it('take a phone from the mobile hint, else from the platform Android', () => {
    const chrome = { 'user-agent': CHROME_130_REDUCED, 'sec-ch-ua': '"Chromium";v="130", "Google Chrome";v="130"' };
    expect(checkRequest({ ...chrome, 'sec-ch-ua-platform': '"Android"' }).agent).toBe('and_chr');
    expect(checkRequest({ ...chrome, 'sec-ch-ua-platform': '"Android"', 'sec-ch-ua-mobile': '?0' }).agent).toBe('chrome');
    expect(checkRequest({ ...chrome, 'sec-ch-ua-platform': '"Windows"', 'sec-ch-ua-mobile': '?1' }).agent).toBe('and_chr');
    expect(checkRequest({ ...chrome, 'sec-ch-ua-platform': '"Windows"' }).agent).toBe('chrome');
  });

  it('read the platform version of macOS without its trailing zeros, and say which system won', () => {
    const verdict = chrome130On('macOS', '14.0.0');
    expect(verdict.os).toEqual({ name: 'Mac OS', version: '14' });
    expect(verdict.reason).toContain('Client hints won over the user agent: Mac OS 14, where the user agent said Windows 10.');
    const linux = chrome130On('Linux');
    expect(linux.os).toEqual({ name: 'Linux', version: null });
    expect(linux.reason).toContain('Linux, where the user agent said Windows 10.');
  });

  it('tell Windows 11 from the frozen Windows 10 of the user agent, and say so', () => {
    const verdict = checkRequest({
      'User-Agent': CHROME_130_REDUCED,
      'Sec-CH-UA': '"Chromium";v="130", "Google Chrome";v="130", "Not?A_Brand";v="99"',
      'Sec-CH-UA-Platform': '"Windows"',
      'Sec-CH-UA-Platform-Version': '"15.0.0"',
    });
    expect(verdict.os).toEqual({ name: 'Windows', version: '11' });
    expect(verdict.reason).toContain('Client hints won over the user agent');
    expect(verdict.reason).toContain('Windows 11');
  });

  it('name Windows 7, 8 and 8.1 by their platform versions, and each gets its own advice', () => {
    // Chrome 109 was the last on Windows 7 to 8.1; the hint says which, the user agent cannot
    // (this one claims Windows 10). Windows 8 has no row of its own in the fix table.
    const CHROME_109 = CHROME_130_REDUCED.replace('Chrome/130', 'Chrome/109');
    const hinted = (platformVersion: string) =>
      checkRequest(
        {
          'User-Agent': CHROME_109,
          'Sec-CH-UA': '"Chromium";v="109", "Google Chrome";v="109", "Not?A_Brand";v="99"',
          'Sec-CH-UA-Platform': '"Windows"',
          'Sec-CH-UA-Platform-Version': `"${platformVersion}"`,
        },
        { browsers: 'chrome >= 120' },
      );
    expect(['0.1.0', '0.2.0', '0.3.0', '10.0.0', '0.4.0'].map((v) => hinted(v).os.version)).toEqual(['7', '8', '8.1', '10', null]);
    expect(hinted('0.3.0').action).toBe('update-os');
    expect(hinted('10.0.0').action).toBe('update');
  });

  // https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11: platform
  // version 0.1, 0.2 and 0.3 are Windows 7, 8 and 8.1, 1-10 is Windows 10, 13 and later Windows 11.
  it.each([
    ['0.1.0', '7'],
    ['0.2.0', '8'],
    ['0.3.0', '8.1'],
    ['1.0.0', '10'],
    ['10.0.0', '10'],
    ['13.0.0', '11'],
    ['19.0.0', '11'],
  ])('read Windows platform version %s as Windows %s, and name it in the reason', (platformVersion, windows) => {
    const verdict = chrome130On('Windows', platformVersion);
    expect(verdict.os).toEqual({ name: 'Windows', version: windows });
    expect(verdict.reason).toContain(`Windows ${windows} `);
  });

  it('tell Edge from Chrome, and read the full version', () => {
    const verdict = checkRequest(
      {
        'user-agent': CHROME_130_REDUCED,
        'sec-ch-ua': '"Chromium";v="130", "Microsoft Edge";v="130", "Not?A_Brand";v="99"',
        'sec-ch-ua-full-version-list': '"Chromium";v="130.0.6723.70", "Microsoft Edge";v="130.0.2849.68"',
        'sec-ch-ua-mobile': '?0',
      },
      { browsers: 'edge >= 131, chrome >= 120' },
    );
    expect(verdict).toMatchObject({ agent: 'edge', version: '130', status: 'supported' });
    expect(verdict.reason).toContain('Microsoft Edge 130 (edge), where the user agent said chrome 130');
  });

  it('see past the frozen macOS 10.15.7, so that the advice fits the Mac', () => {
    const headers = {
      'user-agent': CHROME_130_MAC,
      'sec-ch-ua': '"Chromium";v="130", "Google Chrome";v="130"',
      'sec-ch-ua-platform': '"macOS"',
      'sec-ch-ua-platform-version': '"11.7.10"',
    };
    const options = { browsers: 'chrome >= 140, firefox >= 140, safari >= 18' };
    expect(evaluate(CHROME_130_MAC, options)).toMatchObject({ action: 'update', recommend: ['chrome', 'firefox', 'edge'] });
    // Chrome 138 is the last on macOS 11, so no update of it reaches 140 there; Firefox's does.
    expect(checkRequest(headers, options)).toMatchObject({ os: { name: 'Mac OS', version: '11.7.10' }, action: 'switch', recommend: ['firefox'] });
  });

  it('say when they agree', () => {
    const verdict = checkRequest({ 'user-agent': CHROME_130_REDUCED, 'sec-ch-ua': '"Google Chrome";v="130"', 'sec-ch-ua-platform': '"Windows"' });
    expect(verdict.reason).toContain('Client hints agree with the user agent.');
  });

  it('never turn a bot into a visitor, and are not believed from Firefox', () => {
    const chromeHints = { 'sec-ch-ua': '"Google Chrome";v="100"', 'sec-ch-ua-platform': '"Windows"' };
    expect(checkRequest({ 'user-agent': GOOGLEBOT, ...chromeHints }).status).toBe('bot');
    expect(checkRequest({ 'user-agent': FIREFOX, ...chromeHints })).toEqual(evaluate(FIREFOX));
  });

  it('are ignored when malformed', () => {
    const garbage = { 'user-agent': CHROME_130_REDUCED, 'sec-ch-ua': '"Google Chrome";v=', 'sec-ch-ua-platform-version': '"15.0.0' };
    expect(checkRequest(garbage)).toEqual(evaluate(CHROME_130_REDUCED));
  });
});

describe('checkRequest', () => {
  it('takes Fetch Headers, Node headers and plain records alike', () => {
    const ua = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
    const expected = evaluate(ua);
    expect(checkRequest(new Headers({ 'User-Agent': ua }))).toEqual(expected);
    expect(checkRequest({ 'user-agent': ua, 'x-forwarded-for': ['1.2.3.4', '5.6.7.8'] })).toEqual(expected);
    expect(checkRequest({ 'USER-AGENT': ua })).toEqual(expected);
    expect(checkRequest({}).status).toBe('unknown');
    expect(checkRequest(null).status).toBe('unknown');
  });
});
