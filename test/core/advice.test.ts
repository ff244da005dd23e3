import { describe, expect, it } from 'vitest';
import { evaluate } from '@lib/universal';

const UA = {
  ie11Win7: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
  ie11Win10: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  ie8Xp: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 2.0.50727)',
  ie6Win98: 'Mozilla/4.0 (compatible; MSIE 6.0; Windows 98)',
  firefox52Xp: 'Mozilla/5.0 (Windows NT 5.1; rv:52.0) Gecko/20100101 Firefox/52.0',
  chrome49Xp: 'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36',
  chrome100Win7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36',
  firefox115Win7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
  firefox100Win7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:100.0) Gecko/20100101 Firefox/100.0',
  edge100Win81: 'Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36 Edg/100.0.1185.44',
  edge18Win10: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  chrome157Win10: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36',
  opera86Win10: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36 OPR/86.0.4363.59',
  firefox140Linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  safari12Mac1013: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Safari/605.1.15',
  chrome116Mac1013: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.5845.187 Safari/537.36',
  safari14MacFrozen: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15',
  firefox60Mac1011: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.11; rv:60.0) Gecko/20100101 Firefox/60.0',
  safariIos12: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  safariIos15: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.6 Mobile/15E148 Safari/604.1',
  chromeIos15: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1',
  safariIos17: 'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  chrome106Android6: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-G920F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.5249.126 Mobile Safari/537.36',
  chrome100Android9: 'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Mobile Safari/537.36',
  samsung14Android9: 'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/14.2 Chrome/87.0.4280.141 Mobile Safari/537.36',
  firefox140Android9: 'Mozilla/5.0 (Android 9; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0',
  stockAndroid44: 'Mozilla/5.0 (Linux; U; Android 4.4.2; en-us; GT-I9505 Build/KOT49H) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
  chrome80Android11: 'Mozilla/5.0 (Linux; Android 11; Pixel 4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.162 Mobile Safari/537.36',
  googlebot: 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

const P120 = 'chrome >= 120, edge >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, and_chr >= 120, and_ff >= 115';
const ESR = 'firefox >= 115, chrome >= 109, edge >= 109';

// Days the advice is judged on (UTC midnight): the answer depends on which browsers still get
// security fixes, so every case names its day.
const day = (iso: string) => Date.parse(iso + 'T00:00:00Z');
const TODAY = day('2026-11-30');
const WIN7_CHROME_FIXES = day('2022-06-01'); // Chrome and Edge 109 still patched on Windows 7
const ESR115_FIXES = day('2026-01-15'); // Firefox 115 ESR still patched on Windows 7 and macOS 10.12–10.14
const ANDROID9_CHROME_FIXES = day('2025-07-01'); // Chrome 138 still patched on Android 8–9

// [user agent, policy (undefined: built-in defaults), strict, day, action, recommend]
const CASES: Array<[keyof typeof UA, string | undefined, boolean, number, string, string[]]> = [
  // Windows 7/8.1: Chrome and Edge 109 (fixes ended January 2023), Firefox 115 ESR (February 2026).
  ['ie11Win7', undefined, false, WIN7_CHROME_FIXES, 'switch', ['chrome', 'edge']],
  ['ie11Win7', undefined, true, WIN7_CHROME_FIXES, 'switch', ['chrome']],
  ['ie11Win7', undefined, false, TODAY, 'update-os', []],
  ['ie11Win7', P120, false, ESR115_FIXES, 'switch', ['firefox']],
  ['ie11Win7', P120, false, TODAY, 'update-os', []],
  ['ie11Win7', 'chrome >= 120, edge >= 120', false, WIN7_CHROME_FIXES, 'update-os', []],
  ['chrome100Win7', undefined, false, WIN7_CHROME_FIXES, 'update', ['chrome', 'edge']],
  ['chrome100Win7', undefined, false, TODAY, 'update-os', []],
  ['firefox115Win7', undefined, false, WIN7_CHROME_FIXES, 'switch', ['chrome', 'edge']],
  ['firefox115Win7', ESR, false, TODAY, 'none', []],
  ['firefox100Win7', ESR, false, WIN7_CHROME_FIXES, 'update', ['firefox', 'chrome', 'edge']],
  ['firefox100Win7', ESR, false, ESR115_FIXES, 'update', ['firefox']],
  ['firefox100Win7', ESR, false, TODAY, 'update-os', []],
  ['edge100Win81', undefined, false, WIN7_CHROME_FIXES, 'update', ['edge', 'chrome']],
  ['edge100Win81', undefined, false, TODAY, 'update-os', []],
  // Windows XP, 98: nothing current; XP's last Chrome and Firefox lost their fixes in 2016 and 2018.
  ['ie8Xp', undefined, false, TODAY, 'update-os', []],
  ['ie8Xp', 'firefox >= 52, chrome >= 49', false, day('2016-01-01'), 'switch', ['firefox', 'chrome']],
  ['ie8Xp', 'firefox >= 52, chrome >= 49', false, TODAY, 'update-os', []],
  ['firefox52Xp', 'firefox >= 60', false, TODAY, 'update-os', []],
  ['chrome49Xp', 'chrome >= 40', false, TODAY, 'none', []],
  ['ie6Win98', undefined, false, TODAY, 'update-os', []],
  // Windows 10, Linux: current versions of everything.
  ['ie11Win10', undefined, false, TODAY, 'switch', ['firefox', 'chrome', 'edge']],
  ['edge18Win10', undefined, false, TODAY, 'update', ['edge', 'firefox', 'chrome']],
  ['opera86Win10', undefined, false, TODAY, 'update', ['firefox', 'chrome', 'edge']], // Opera updates itself; the others stay as alternatives
  ['chrome157Win10', undefined, false, TODAY, 'none', []],
  ['firefox140Linux', undefined, false, TODAY, 'update', ['firefox', 'chrome', 'edge']],
  // macOS: 10.13–10.14 keep Chrome/Edge 116 (fixes to September 2023) and Firefox 115; 10.15.7 is frozen.
  ['safari12Mac1013', undefined, false, day('2023-06-01'), 'switch', ['chrome', 'edge']],
  ['safari12Mac1013', undefined, false, TODAY, 'update-os', []],
  ['safari12Mac1013', P120, false, ESR115_FIXES, 'switch', ['firefox']],
  ['safari12Mac1013', P120, false, TODAY, 'update-os', []],
  ['chrome116Mac1013', undefined, false, TODAY, 'none', []],
  ['chrome116Mac1013', 'chrome >= 120, firefox >= 120', false, TODAY, 'update-os', []],
  // Safari 14 may be on macOS 10.14.6–11 (it hides which): Firefox 115 ESR, the last on 10.14, lost its fixes.
  ['safari14MacFrozen', undefined, false, TODAY, 'update-os', []],
  ['safari14MacFrozen', P120, false, ESR115_FIXES, 'switch', ['firefox']],
  ['firefox60Mac1011', 'firefox >= 78, chrome >= 100', false, day('2021-06-01'), 'update', ['firefox', 'chrome']],
  ['firefox60Mac1011', 'firefox >= 78, chrome >= 100', false, TODAY, 'update-os', []],
  // iOS and iPadOS: every browser is WebKit, so only a system update helps.
  ['safariIos12', undefined, false, TODAY, 'update-os', []],
  ['safariIos15', undefined, false, TODAY, 'update-os', []],
  ['chromeIos15', P120, false, TODAY, 'update-os', []],
  ['safariIos17', undefined, false, TODAY, 'update-os', []],
  // Android: 6 keeps Chrome 106 and Firefox 143 (fixes to October 2025); 8–9 keep Chrome 138
  // (fixes to August 2025), and Edge is unverified there; 4.4 Chrome 81, Firefox 68.
  ['chrome106Android6', undefined, false, TODAY, 'update-os', []],
  ['chrome106Android6', P120, false, ANDROID9_CHROME_FIXES, 'switch', ['firefox']],
  ['chrome106Android6', P120, false, TODAY, 'update-os', []],
  ['chrome100Android9', undefined, false, ANDROID9_CHROME_FIXES, 'update', ['chrome', 'firefox']],
  ['chrome100Android9', undefined, false, TODAY, 'switch', ['firefox']],
  ['chrome100Android9', 'and_chr >= 140, chrome >= 140, and_ff >= 140', false, ANDROID9_CHROME_FIXES, 'switch', ['firefox']],
  ['samsung14Android9', undefined, false, ANDROID9_CHROME_FIXES, 'switch', ['firefox', 'chrome']],
  ['samsung14Android9', undefined, false, TODAY, 'switch', ['firefox']],
  ['firefox140Android9', undefined, false, TODAY, 'update', ['firefox']],
  ['stockAndroid44', undefined, false, TODAY, 'update-os', []],
  ['chrome80Android11', undefined, false, TODAY, 'update', ['chrome', 'firefox', 'edge']],
  // Never notified.
  ['googlebot', undefined, false, TODAY, 'none', []],
];

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('advice: what the notice asks, true and safe for the visitor\'s device', () => {
  it(`covers at least 30 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map(([ua, browsers, strict, now, action, recommend]) => [ua, browsers, strict, iso(now), action, recommend, now] as const))(
    '%s under %s (strict %s) on %s → %s %j',
    (ua, browsers, strict, _day, action, recommend, now) => {
      const verdict = evaluate(UA[ua], { browsers, strict, now });
      expect({ action: verdict.action, recommend: verdict.recommend }).toEqual({ action, recommend });
    },
  );

  it('gives unknown user agents no advice', () => {
    expect(evaluate('curl/8.5.0')).toMatchObject({ action: 'none', recommend: [] });
    expect(evaluate('')).toMatchObject({ action: 'none', recommend: [] });
  });
});

describe('advice under `defaults` on 30 November 2026', () => {
  it('asks IE 11 on Windows 7 to update the system, recommending nothing: Chrome and Edge 109 and Firefox 115 ESR get no fixes there', () => {
    expect(evaluate(UA.ie11Win7, { now: TODAY })).toMatchObject({ status: 'unsupported', action: 'update-os', recommend: [] });
  });

  it('never recommends Edge to Chrome 100 on Android 9, and Chrome only while Chrome 138 got fixes there', () => {
    // Chrome 138 is the last for Android 8–9 and lost its fixes when Chrome 139 shipped
    // (5 August 2025): on 30 November 2026 only Firefox still gets them there.
    expect(evaluate(UA.chrome100Android9, { now: TODAY })).toMatchObject({ action: 'switch', recommend: ['firefox'] });
    expect(evaluate(UA.chrome100Android9, { now: ANDROID9_CHROME_FIXES })).toMatchObject({ action: 'update', recommend: ['chrome', 'firefox'] });
  });
});

describe('the `now` option', () => {
  it('takes a Date or milliseconds, and the current time when left out', () => {
    const asDate = evaluate(UA.ie11Win7, { browsers: P120, now: new Date(ESR115_FIXES) });
    expect(asDate).toMatchObject({ action: 'switch', recommend: ['firefox'] });
    expect(evaluate(UA.ie11Win7, { browsers: P120, now: ESR115_FIXES })).toEqual(asDate);
    expect(evaluate(UA.ie11Win7, { browsers: P120 })).toEqual(evaluate(UA.ie11Win7, { browsers: P120, now: new Date() }));
  });

  it('refuses anything else with one error that quotes it', () => {
    for (const now of ['2026-01-15', NaN, new Date('not a date'), null]) {
      expect(() => evaluate(UA.ie11Win7, { now: now as unknown as Date })).toThrow(
        expect.objectContaining({ name: 'OldBrowserNoticeError', message: expect.stringContaining(`got \`${String(now)}\``) }),
      );
    }
  });
});
