import { describe, expect, it, vi } from 'vitest';
import { en, fi } from '@lib/locales';
import { fetchLocale, localeOnDemand, MAX_LOCALE_FILE } from '../../src/script-tag/locale-on-demand';

/** A window whose requests and timers the test completes by hand. */
function fakeWindow() {
  const timers: Array<() => void> = [];
  const requests: Array<{
    url: string;
    aborted: () => boolean;
    respond: (status: number, body: string) => void;
    /** The headers, then the body in parts: as a server streams a response. */
    stream: (headers: Record<string, string>, parts: string[]) => void;
  }> = [];
  class FakeRequest {
    readyState = 0;
    status = 0;
    responseText = '';
    onreadystatechange: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    private aborted = false;
    open(_method: string, url: string) {
      this.url = url;
    }
    getResponseHeader(name: string) {
      return this.readyState >= 2 ? (this.headers[name.toLowerCase()] ?? null) : null;
    }
    abort() {
      this.aborted = true;
      // As browsers do: the request ends, and says so.
      Object.assign(this, { readyState: 4, status: 0, responseText: '' });
      this.onreadystatechange?.();
    }
    send() {
      requests.push({
        url: this.url,
        aborted: () => this.aborted,
        respond: (status, body) => {
          Object.assign(this, { readyState: 4, status, responseText: body });
          this.onreadystatechange?.();
        },
        stream: (headers, parts) => {
          this.headers = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
          Object.assign(this, { readyState: 2, status: 200 });
          this.onreadystatechange?.();
          for (const part of parts) {
            if (this.aborted) return;
            Object.assign(this, { readyState: 3, responseText: this.responseText + part });
            this.onreadystatechange?.();
          }
          if (this.aborted) return;
          this.readyState = 4;
          this.onreadystatechange?.();
        },
      });
    }
  }
  const win = { setTimeout: (run: () => void) => timers.push(run), XMLHttpRequest: FakeRequest } as unknown as Window;
  return { win, timers, requests };
}

describe('a language fetched beside the script', () => {
  it('arrives once, validated', () => {
    const { win, requests } = fakeWindow();
    const results: unknown[] = [];
    fetchLocale(win, '/js/locales/fi.json', 'fi', (locale) => results.push(locale));
    requests[0]!.respond(200, JSON.stringify(fi));
    expect(results).toEqual([fi]);
  });

  it('gives up after the wait, and a late answer changes nothing', () => {
    const { win, timers, requests } = fakeWindow();
    const results: unknown[] = [];
    fetchLocale(win, '/js/locales/fi.json', 'fi', (locale) => results.push(locale));
    timers[0]!();
    requests[0]!.respond(200, JSON.stringify(fi));
    expect(results).toEqual([null]);
  });

  it('aborts the request when it gives up, so that nothing more is downloaded or parsed', () => {
    const { win, timers, requests } = fakeWindow();
    const results: unknown[] = [];
    const parse = vi.spyOn(JSON, 'parse');
    fetchLocale(win, '/js/locales/fi.json', 'fi', (locale) => results.push(locale));
    timers[0]!();
    expect(requests[0]!.aborted()).toBe(true);
    requests[0]!.stream({}, [JSON.stringify(fi)]);
    expect(parse).not.toHaveBeenCalled();
    expect(results).toEqual([null]);
    parse.mockRestore();
  });

  it.each([
    ['a Content-Length over 64 KB, before any of the body', { 'Content-Length': String(50 * 1024 * 1024) }, ['{"tag":"fi"']],
    ['a body that grows past 64 KB, with no Content-Length (compressed, or chunked)', {}, [JSON.stringify(fi).slice(0, -1), ',"x":"' + ' '.repeat(40_000), ' '.repeat(40_000) + '"}']],
  ])('refuses %s by its length: aborted, never parsed', (_name, headers, parts) => {
    const { win, requests } = fakeWindow();
    const results: unknown[] = [];
    const parse = vi.spyOn(JSON, 'parse');
    fetchLocale(win, '/js/locales/fi.json', 'fi', (locale) => results.push(locale));
    requests[0]!.stream(headers, parts);
    expect(parse).not.toHaveBeenCalled();
    expect(requests[0]!.aborted()).toBe(true);
    expect(results).toEqual([null]);
    parse.mockRestore();
  });

  it('reads a file of exactly 64 KB (65,536 characters)', () => {
    const { win, requests } = fakeWindow();
    const results: unknown[] = [];
    const json = JSON.stringify(fi);
    fetchLocale(win, '/js/locales/fi.json', 'fi', (locale) => results.push(locale));
    requests[0]!.stream({ 'Content-Length': '65536' }, [json, ' '.repeat(MAX_LOCALE_FILE - json.length)]);
    expect(MAX_LOCALE_FILE).toBe(65536);
    expect(results).toEqual([fi]);
  });

  it.each([
    ['a 404', 404, 'Not found'],
    ['an HTML page', 200, '<!doctype html><title>Home</title>'],
    ['a locale without its strings', 200, JSON.stringify({ ...fi, text: { heading: 'x' } })],
    ['a file from before the two intros (one `intro`)', 200, (() => {
      const { introOutdated, introUnsupported: _unsupported, ...rest } = fi.text;
      return JSON.stringify({ ...fi, text: { ...rest, intro: introOutdated } });
    })()],
    ['a locale whose `remember` is not a list', 200, JSON.stringify({ ...fi, text: { ...fi.text, remember: 'x {days}' } })],
    ['an unknown plural rule', 200, JSON.stringify({ ...fi, plural: 'constructor' })],
    ['a locale with download links', 200, JSON.stringify({ ...fi, downloads: { chrome: 'https://evil.example/chrome.exe' } })],
    ['a locale with a 2 MB heading', 200, JSON.stringify({ ...fi, text: { ...fi.text, heading: 'x'.repeat(2_000_000) } })],
    ['a locale whose remember holds numbers', 200, JSON.stringify({ ...fi, text: { ...fi.text, remember: [1, 2] } })],
    ['a locale whose remember is empty', 200, JSON.stringify({ ...fi, text: { ...fi.text, remember: [] } })],
    ['a locale with a key the notice does not know', 200, JSON.stringify({ ...fi, text: { ...fi.text, footer: 'x' } })],
    ['a locale whose dir is markup', 200, JSON.stringify({ ...fi, dir: '"><svg onload=alert(1)>' })],
    ['a locale whose separator is a paragraph', 200, JSON.stringify({ ...fi, list: { ...fi.list, separator: 'x'.repeat(200) } })],
    ['another language than the one asked for', 200, JSON.stringify({ ...fi, tag: 'sv' })],
    ['an array', 200, '[]'],
    ['null', 200, 'null'],
  ])('is not used when it is %s', (_name, status, body) => {
    const { win, requests } = fakeWindow();
    const results: unknown[] = [];
    fetchLocale(win, '/js/locales/fi.json', 'fi', (locale) => results.push(locale));
    requests[0]!.respond(status, body);
    expect(results).toEqual([null]);
  });

  it('is fetched only for the best language the page and visitor share, when it is not bundled', () => {
    const { win, requests } = fakeWindow();
    const resume = () => {};
    const available = ['fi', 'sv', 'nb'];
    expect(localeOnDemand(win, '/js/', available, ['fi-FI', 'en'], [en])(resume)).toBe(true);
    expect(localeOnDemand(win, '/js/', available, ['no'], [en])(resume)).toBe(true);
    expect(localeOnDemand(win, '/js/', available, ['en-GB', 'fi'], [en])(resume)).toBe(false);
    expect(localeOnDemand(win, '/js/', available, ['tlh', 'fi'], [en, fi])(resume)).toBe(false);
    expect(localeOnDemand(win, '', available, ['fi'], [en])(resume)).toBe(false);
    expect(requests.map((request) => request.url)).toEqual(['/js/locales/fi.json', '/js/locales/nb.json']);
  });
});
