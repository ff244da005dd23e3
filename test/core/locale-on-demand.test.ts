import { describe, expect, it } from 'vitest';
import { en, fi } from '@lib/locales';
import { fetchLocale, localeOnDemand } from '../../src/script-tag/locale-on-demand';

/** A window whose requests and timers the test completes by hand. */
function fakeWindow() {
  const timers: Array<() => void> = [];
  const requests: Array<{ url: string; respond: (status: number, body: string) => void }> = [];
  class FakeRequest {
    readyState = 0;
    status = 0;
    responseText = '';
    onreadystatechange: (() => void) | null = null;
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    send() {
      requests.push({
        url: this.url,
        respond: (status, body) => {
          Object.assign(this, { readyState: 4, status, responseText: body });
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
