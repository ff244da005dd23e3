import { describe, expect, it } from 'vitest';
import { checkRequest, evaluate } from '@lib/node';

// The user agents the generalization issue found notified on public data this project had
// not seen, each under the class that must recognise it (src/detect/bot-rules.ts,
// device-rules.ts, model-field.ts, contradictions.ts). A class is asserted by the reason's
// rule name, so that a row caught by accident (a later catch-all) still fails its class.
const CHROME = (platform: string, version = '120.0.0.0') => `Mozilla/5.0 (${platform}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version} Safari/537.36`;
const WIN = 'Windows NT 10.0; Win64; x64';

const TOOLS: ReadonlyArray<readonly [string, string]> = [
  ['tool inside a browser comment', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko; Google Search Console) Chrome/41.0.2272.118 Safari/537.36'],
  ['tool inside a browser comment', 'Mozilla/5.0 (Linux; Android 4.2.1; en-us; Nexus 5 Build/JOP40D) AppleWebKit/535.19 (KHTML, like Gecko; googleweblight) Chrome/38.0.1025.166 Mobile Safari/535.19'],
  ['tool inside a browser comment', 'Mozilla/5.0 (en-us) AppleWebKit/525.13 (KHTML, like Gecko; Google Wireless Transcoder) Version/3.1 Safari/525.13'],
  ['tool inside a browser comment', 'Mozilla/5.0 (en-us) AppleWebKit/537.36(KHTML, like Gecko; Google-Adwords-DisplayAds-WebRender;) Chrome/27.0.1453Safari/537.36'],
  ['tool in a compatible comment', CHROME('Windows NT 6.1; WOW64', '41.0.2272.118') + ' (compatible; Google-HotelAdsVerifier/2.0)'],
  ['tool in a compatible comment', 'Mozilla/5.0 (compatible; Windows NT 6.1; Catchpoint) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/43.0.2357.81 Safari/537.36'],
  ['tool in a compatible comment', 'Mozilla/5.0 (Linux;u;Android 4.2.2;zh-cn;) AppleWebKit/534.46 (KHTML,like Gecko) Version/5.1 Mobile Safari/10600.6.3 (compatible; baidu Transcoder;)'],
  ['Google agent', CHROME('Windows NT 6.1', '49.0.2623.75') + ' GoogleAdwordsExpress/1.0'],
  ['Google agent', CHROME('Windows NT 6.1', '49.0.2623.75') + ' Google-Ads-Qualify'],
  ['Google agent', 'Mozilla/5.0 (Linux; Android 11; Pixel 2; DuplexWeb-Google/1.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.193 Mobile Safari/537.36'],
  ['Google agent', 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0.4324.96 Mobile Safari/537.36 Google-AMPHTML'],
  ['Google agent', CHROME(WIN, '58.0.3029.110') + ' Google-Publisher-Plugin/1.0'],
  ['self-declared bot', CHROME(WIN, '100.0.4896.127') + ' RankBotEU/1.0'],
  ['self-declared crawler or tool', CHROME('Windows NT 10.0; WOW64', '83.0.4103.97') + ' (Dotcom-Monitor)'],
  ['self-declared crawler or tool', CHROME('Windows NT 6.1; WOW64', '41.0.2228.0') + ' HubSpot Marketing Grader'],
  ['self-declared crawler or tool', CHROME(WIN, '90.0.4430.93') + ' CloudflareDiagnostics/1.0'],
  ['self-declared crawler or tool', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36 ArchiveBox/0.7.2 (+https://github.com/ArchiveBox/ArchiveBox/)'],
  ['page audit or monitoring tool', CHROME('Windows NT 6.1; WOW64', '50.0.2661.102') + ' DMBrowser/2.1 (SV)'],
  ['page audit or monitoring tool', 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:33.0) Gecko/20100101 Firefox/33.0 (Neustar WPM)'],
  ['page audit or monitoring tool', 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; PTST 2.295)'],
  ['page audit or monitoring tool', CHROME('Windows NT 6.1; WOW64', '59.0.3071.115') + ' iplabel'],
  ['page audit or monitoring tool', 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:31.0) Gecko/20100101 Firefox/31.0 DejaClick/2.5.0.11'],
  ['page audit or monitoring tool', 'Mozilla/5.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 1.1.4322) 360JK yunjiankong 975382'],
  ['named tool', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Cypress/3.3.1 Chrome/61.0.3163.100 Electron/2.0.18 Safari/537.36'],
  ['named tool', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_2) AppleWebKit/537.36 (KHTML, like Gecko) Safari/537.36 webkit2png'],
  ['named tool', CHROME(WIN, '99.0.4844.51') + ' mShots'],
  ['named tool', 'Thumbor/6.7.5'],
  ['named tool', CHROME(WIN, '70.0.3538.77') + ' pageburst'],
  ['named tool', CHROME(WIN, '108.0.0.0') + ' Assetnote/1.0.0'],
];

const DEVICES: ReadonlyArray<readonly [string, string]> = [
  ['game console', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; XBOX_ONE_ED) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.79 Safari/537.36 Edge/14.14393'],
  ['TV', 'Mozilla/5.0 (Linux; Android 9; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/77.0.3865.92 Safari/537.36 TV Bro/1.0'],
  ['TV', 'Mozilla/5.0 (Linux; U; Android 9; en-us; TV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Safari/537.36'],
  ['TV', 'Mozilla/5.0 (Linux; U; Android 4.4.2; Smart TV Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Safari/537.36'],
  ['TV', 'Mozilla/5.0 (Linux; Android 9; SmartTv) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Safari/537.36'],
  ['TV', 'Mozilla/5.0 (SMART-TV; LINUX; Tizen 8.0) AppleWebKit/537.36 (KHTML, like Gecko) 120.0.6099.5/8.0 TV Safari/537.36'],
  ['TV', 'Opera/9.80 (Linux mips; U; CE-HTML/1.0 NETTV/3.0.1; en) Presto/2.6.33 Version/10.60'],
  ['TV', CHROME('X11; Linux armv7l', '56.0.2924.87') + ' NETRANGEMMH'],
  ['TV', CHROME('X11; Linux aarch64', '76.0.3809.146') + ' InettvBrowser/2.2 (00E091;Sonic;02;002)'],
  ['TV', 'Opera/9.80 (Linux sh4; Opera TV Store/5599; (SonyBDP/BDV13)) Presto/2.12.362 Version/12.11'],
  ['TV', 'Mozilla/5.0 (Linux ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.128 Safari/537.36 OMI/4.24.3.93.MIKE.221'],
  ['TV', 'Mozilla/5.0 (Linux; Android 9; MiTV-MOOQ0 Build/PI) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/70.0.3538.110 Mobile Safari/537.36'],
  ['TV', CHROME('Linux; Android 9; K', '87.0.4280.101') + ' hbbtv/1.4.1'],
  ['TV', 'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.128 Safari/537.36 WebAppManager'],
  ['set-top box', 'Mozilla/5.0 (Linux; Android 9; MIBOX4 Build/PI) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/70.0.3538.110 Mobile Safari/537.36'],
  ['set-top box', 'Mozilla/5.0 (Linux; Android 7.1.2; X96mini TV Box Build/NHG47L) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.137 Safari/537.36'],
  ['set-top box', 'Mozilla/5.0 (Linux; Android 9; AFTMM Build/PS7233; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/70.0.3538.110 Mobile Safari/537.36'],
  ['set-top box', 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.225 Safari/537.36 CrKey/1.56.500000'],
  ['car', 'Mozilla/5.0 (X11; GNU/Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/79.0.3945.130 Chrome/79.0.3945.130 Safari/537.36 Tesla/2020.16.2.1-e99c70fff409'],
];

// Real phones whose model name holds a crawler's word, an OS's name or another browser's.
const PHONES = ['M bot 54', 'XBot Junior', 'VR BOT 552', 'B BOT 550', 'IDbot553', 'C Bot Tab 70', 'M_bot_tab_71', 'Spider 8', 'Winnovo T8', 'NGM_WINN', 'BBB100-1 Build/NMF26F', 'CUBOT X6'];
const phone = (model: string) => `Mozilla/5.0 (Linux; Android 7.0; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Mobile Safari/537.36`;

describe('tools that name themselves, by class', () => {
  it.each(TOOLS)('%s: %s', (rule, ua) => {
    const verdict = evaluate(ua);
    expect(verdict.status === 'bot' || verdict.status === 'unknown').toBe(true);
    expect(verdict.reason).toContain(`Recognised as a ${rule},`);
  });
});

describe('TVs, set-top boxes, consoles and cars, by their platform tokens', () => {
  it.each(DEVICES)('%s: %s', (device, ua) => {
    const verdict = evaluate(ua);
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toContain(`Recognised as a ${device},`);
  });

  it('stay unknown whatever client hints their Chromium sends (server)', () => {
    for (const [, ua] of DEVICES) {
      const verdict = checkRequest({
        'user-agent': ua,
        'sec-ch-ua': '"Chromium";v="94", "Google Chrome";v="94"',
        'sec-ch-ua-mobile': '?0',
        'sec-ch-ua-platform': '"Linux"',
      });
      expect({ ua, status: verdict.status }).toEqual({ ua, status: 'unknown' });
    }
  });
});

describe('the Android device model is never read as a product, a bot word, an OS or a browser', () => {
  it.each(PHONES)('%s is a phone with Chrome 78 on Android, notified', (model) => {
    const verdict = evaluate(phone(model));
    expect({ status: verdict.status, agent: verdict.agent, version: verdict.version, os: verdict.os.name }).toEqual({
      status: 'outdated',
      agent: 'and_chr',
      version: '78',
      os: 'Android',
    });
  });

  it.each(['K Trident/7.0', 'K KAIOS/2.0', 'K BB10', 'K Edge/18', 'K Chrome/30', 'K Firefox/50'])(
    'another browser’s token in the model field (%s) neither turns a current Chrome into it nor changes its verdict between readers',
    (model) => {
      const ua = `Mozilla/5.0 (Linux; Android 10; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36`;
      const full = evaluate(ua, { fastPath: false });
      expect({ agent: full.agent, version: full.version }).toEqual({ agent: 'and_chr', version: '130' });
      expect(evaluate(ua)).toEqual(full);
    },
  );
});

describe('parser slips, fixed at their class', () => {
  it('reads the Android browser whatever the casing of AppleWebKit', () => {
    const ua = 'Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebkit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30';
    expect(evaluate(ua)).toMatchObject({ status: 'outdated', agent: 'android', version: '4' });
  });

  it('judges UC Browser’s own UCWEB format by its UCBrowser/ version', () => {
    const ua = 'UCWEB/2.0 (MIDP-2.0; U; Adr 9; ru; Redmi_Note_8) U2/1.0.0 UCBrowser/11.1.2.1113 U2/1.0.0 Mobile';
    expect(evaluate(ua)).toMatchObject({ status: 'outdated', agent: 'and_uc', version: '11.1' });
  });

  it('never takes an iPhone with Blink’s AppleWebKit/537.36 for desktop Chrome: the tokens contradict, so unknown', () => {
    const ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/40.0.1567.1276 Mobile Safari/537.36';
    expect(evaluate(ua)).toMatchObject({ status: 'unknown', agent: null });
  });

  it('reads a user agent logged with + for every space (IIS, URL-encoded) as the header it encodes', () => {
    const ua = 'Mozilla/5.0+(iPhone;+CPU+iPhone+OS+9_3_1+like+Mac+OS+X)+AppleWebKit/601.1.46+(KHTML,+like+Gecko)+Version/9.0+Mobile/13E238+Safari/601.1';
    expect(evaluate(ua)).toEqual(evaluate(ua.replace(/\+/g, ' ')));
    expect(evaluate(ua)).toMatchObject({ agent: 'ios_saf', version: '9.3' });
  });

  it('reads a version with a long minor as every reader does: its first three digits', () => {
    const safari = (version: string) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version} Safari/605.1.15`;
    expect(evaluate(safari('26.0000006'), { fastPath: false }).version).toBe('26');
    expect(evaluate(safari('26.0000006')).version).toBe('26');
    const ios = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0000005 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
    expect(evaluate(ios, { fastPath: false }).version).toBe('18');
    expect(evaluate(ios).version).toBe('18');
  });
});
