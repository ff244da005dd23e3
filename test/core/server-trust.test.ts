import { describe, expect, it } from 'vitest';
import { checkRequest, OldBrowserNoticeError, oldBrowserNoticeMiddleware, withOldBrowserNotice, type Verdict } from '@lib/universal';

const CHROME_REDUCED = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const hostile = (platform: string) => ({
  'user-agent': CHROME_REDUCED,
  'sec-ch-ua': '"Chromium";v="130", "Google Chrome";v="130"',
  'sec-ch-ua-platform': `"${platform}"`,
  'sec-ch-ua-platform-version': '"15.0.0"',
});

describe('one request header cannot make the server helpers fail', () => {
  it.each(PROTOTYPE_NAMES)('Sec-CH-UA-Platform: "%s" gives a verdict, not an exception', (platform) => {
    const verdict = checkRequest(hostile(platform));
    expect(verdict.agent).toBe('chrome');
    expect(verdict.os.name).toBe('Windows');
    expect(checkRequest(new Headers(hostile(platform))).agent).toBe('chrome');
  });

  it.each(PROTOTYPE_NAMES)('the middleware calls next() without an error for "%s"', (platform) => {
    const req: { headers: Record<string, string>; oldBrowserNotice?: Verdict } = { headers: hostile(platform) };
    const calls: unknown[][] = [];
    oldBrowserNoticeMiddleware({ vary: true })(req, { setHeader: () => {} }, (...args: unknown[]) => calls.push(args));
    expect(calls).toEqual([[]]);
    expect(req.oldBrowserNotice!.status).not.toBe(undefined);
  });

  it.each(PROTOTYPE_NAMES)('the Fetch wrapper resolves for "%s"', async (platform) => {
    const handler = withOldBrowserNotice((_request, verdict) => new Response(verdict.status), { acceptClientHints: true });
    const response = await handler(new Request('https://example.org/', { headers: hostile(platform) }), {}, {});
    expect(response.status).toBe(200);
  });

  it('headers a page\'s libraries put on Object.prototype are not headers', () => {
    const polluted = Object.create({ 'user-agent': 'Googlebot/2.1' }) as Record<string, string>;
    expect(checkRequest(polluted).status).toBe('unknown');
  });

  it('a header reader that throws gives `unknown`, and so does a request without headers', async () => {
    const throwing = { get: () => { throw new Error('boom'); } };
    expect(checkRequest(throwing).status).toBe('unknown');
    const req = { headers: new Proxy({}, { ownKeys: () => { throw new Error('boom'); } }) as Record<string, string> };
    const calls: unknown[][] = [];
    oldBrowserNoticeMiddleware()(req as never, {}, (...args: unknown[]) => calls.push(args));
    expect(calls).toEqual([[]]);
    expect((req as { oldBrowserNotice?: Verdict }).oldBrowserNotice!.status).toBe('unknown');
  });
});

describe('the Fetch wrapper and what a handler returns', () => {
  it('passes Response.error() through instead of rejecting', async () => {
    const handler = withOldBrowserNotice(() => Response.error(), { vary: true, acceptClientHints: true });
    const response = await handler(new Request('https://example.org/', { headers: { 'user-agent': CHROME_REDUCED } }), {}, {});
    expect(response.type).toBe('error');
  });
});

describe('a bad option is the site\'s to fix, at start-up', () => {
  it('the middleware and the Fetch wrapper refuse an unknown query when they are made, in one line', () => {
    for (const make of [() => oldBrowserNoticeMiddleware({ browsers: 'constructor >= 1' }), () => withOldBrowserNotice(() => new Response(''), { browsers: 'constructor >= 1' })]) {
      expect(make).toThrow(OldBrowserNoticeError);
      expect(make).toThrow(/^Unknown browser query `constructor >= 1`[^\n]*$/);
    }
  });
});
