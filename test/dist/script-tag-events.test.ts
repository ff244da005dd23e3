import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, renderNoticeHTML } from '@lib/node';
import { site } from './jsdom-site';

const DIST = new URL('../../dist/', import.meta.url);
// Windows 10: IE 11 there is asked to switch, with links (on Windows 7 no browser still gets fixes).
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const TAG = '<script src="/js/old-browser-notice.js" data-site="Sundsvalls kommun"></script>';

// What a site's analytics snippet does: ES5, listening on document before the notice shows.
const LISTENER = `<script>
  window.seen = [];
  ['show', 'dismiss', 'link'].forEach(function (type) {
    document.addEventListener('old-browser-notice:' + type, function (event) {
      window.seen.push(type + ' ' + event.detail.verdict.status + ' ' + (event.detail.browser || ''));
    });
  });
</script>`;

type Page = Awaited<ReturnType<typeof site>>;
const seen = (page: Page) => (page.window as unknown as { seen: string[] }).seen;

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the script tag for analytics', () => {
  it('dispatches show, link and dismiss events on document, with the verdict in detail', async () => {
    const page = await site(DIST, IE11, LISTENER + TAG);
    expect(seen(page)).toEqual(['show unsupported ']);
    const link = page.notice()!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    (page.notice()!.querySelector('button') as HTMLButtonElement).click();
    expect(seen(page)).toEqual(['show unsupported ', 'link unsupported firefox', 'dismiss unsupported ']);
  }, 30_000);

  it('takes over a notice rendered on the server: one notice, its button works', async () => {
    const html = renderNoticeHTML(evaluate(IE11), { site: 'Sundsvalls kommun', lang: 'sv', pageLang: 'sv' });
    const page = await site(DIST, IE11, html + LISTENER + TAG);
    await until(() => seen(page).length > 0);
    expect(seen(page)).toEqual(['show unsupported ']);
    expect(page.window.document.querySelectorAll('[data-old-browser-notice]')).toHaveLength(1);
    (page.notice()!.querySelector('button') as HTMLButtonElement).click();
    expect(page.notice()).toBeNull();
  }, 30_000);
});

describe('the analytics recipes (docs/recipes/analytics.md)', () => {
  const recipes = [...readFileSync(new URL('../../docs/recipes/analytics.md', import.meta.url), 'utf8').matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

  it('send show and dismiss to Matomo, Siteimprove and Plausible from an old browser', async () => {
    expect(recipes).toHaveLength(3);
    const page = await site(DIST, IE11, recipes.join('') + TAG);
    await until(() => !!(page.window as unknown as { _paq?: unknown[] })._paq);
    (page.notice()!.querySelector('button') as HTMLButtonElement).click();
    const win = page.window as unknown as { _paq: unknown[][]; _sz: unknown[][]; plausible: { q: unknown[][] } };
    expect(win._paq).toEqual([
      ['trackEvent', 'Old browser notice', 'show', 'ie 11'],
      ['trackEvent', 'Old browser notice', 'dismiss', 'ie 11'],
    ]);
    expect(win._sz).toEqual([
      ['event', 'Old browser notice', 'show', 'ie 11'],
      ['event', 'Old browser notice', 'dismiss', 'ie 11'],
    ]);
    expect(win.plausible.q.map((args) => [...args])).toEqual([
      ['Old browser notice', { props: { action: 'show', browser: 'ie 11', advice: 'switch' } }],
      ['Old browser notice', { props: { action: 'dismiss', browser: 'ie 11', advice: 'switch' } }],
    ]);
  }, 30_000);
});
