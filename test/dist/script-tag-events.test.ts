import { describe, expect, it } from 'vitest';
import { renderNoticeHTML } from '@lib/node';
import { evaluate } from '@lib/node';
import { site } from './jsdom-site';

const DIST = new URL('../../dist/', import.meta.url);
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
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
    expect(seen(page)).toEqual(['show unsupported ', 'link unsupported chrome', 'dismiss unsupported ']);
  });

  it('takes over a notice rendered on the server: one notice, its button works', async () => {
    const html = renderNoticeHTML(evaluate(IE11), { site: 'Sundsvalls kommun', lang: 'sv', pageLang: 'sv' });
    const page = await site(DIST, IE11, html + LISTENER + TAG);
    await until(() => seen(page).length > 0);
    expect(seen(page)).toEqual(['show unsupported ']);
    expect(page.window.document.querySelectorAll('[data-old-browser-notice]')).toHaveLength(1);
    (page.notice()!.querySelector('button') as HTMLButtonElement).click();
    expect(page.notice()).toBeNull();
  });
});
