// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showNotice } from '@lib/universal';
import { pickLocales } from '../../src/build/write-site';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const notice = () => document.querySelector('[data-old-browser-notice]');
let warn: { mock: { calls: unknown[][] } };

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'sv');
  document.body.innerHTML = '<main></main>';
  sessionStorage.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const lines = () => warn.mock.calls.map((call) => String(call[0]));

describe('the language the page asked for, on the console', () => {
  it('says so in one line when a nonsense `lang` falls back, and still shows the notice', () => {
    showNotice({ userAgent: IE11, lang: 'svenska' });
    expect(notice()!.textContent).toContain('Din webbläsare är gammal');
    expect(lines()).toEqual(['old-browser-notice: language `svenska` is not one of the notice\'s (sv, en); showing svenska (sv). Fix the tag, or add the language to the build (--lang).']);
  });

  it('says so when the page is in a language the notice does not carry', () => {
    document.documentElement.setAttribute('lang', 'de');
    showNotice({ userAgent: IE11 });
    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toContain('language `de` is not one of the notice\'s');
  });

  it('is silent when the language is there (sv-SE is sv)', () => {
    document.documentElement.setAttribute('lang', 'sv-SE');
    showNotice({ userAgent: IE11 });
    expect(notice()).not.toBeNull();
    expect(lines()).toEqual([]);
  });

  it('always says which language it shows in preview, as a log line (nothing is wrong)', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    showNotice({ userAgent: IE11, preview: true });
    expect(lines()).toEqual([]);
    expect(log.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('language'))).toEqual([
      "old-browser-notice: preview: the notice is in svenska (sv), the page's language `sv`.",
    ]);
  });
});

describe('--lang', () => {
  it('warns that se is Northern Sami, and no is bundled as Bokmål; plain tags pass in silence', () => {
    const said: string[] = [];
    const tags = pickLocales('se,no,sv', (message) => said.push(message)).map((locale) => locale.tag);
    expect(tags).toEqual(['se', 'nb', 'sv']);
    expect(said).toEqual([
      '`se` is Northern Sami (davvisámegiella); Swedish is `sv`.',
      '`no` is Norwegian in general (Bokmål, or Nynorsk: `nn`); the Bokmål text it builds is `nb`.',
    ]);
  });

  it('refuses an unknown tag in one line, with what a country code was probably meant to be', () => {
    expect(() => pickLocales('gr')).toThrow(/^Unknown language `gr` in `--lang gr`\. `gr` is Greece's country code, not a language; Greek is `el`\. Available: sv, en, /);
  });
});
