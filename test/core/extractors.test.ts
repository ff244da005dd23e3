// @vitest-environment jsdom
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice, renderNoticeHTML } from '@lib/universal';

// Scrapers and reader modes keep a page's main text and drop its furniture. The notice is
// furniture: a Swedish municipality's "Hej! Du använder en gammal webbläsare" once opened every
// scraped copy of its pages. Mozilla Readability (Firefox's Reader View, and the extractor
// many scrapers and text pipelines use) must leave it out wherever the template puts it.
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const ARTICLE = [
  'Haninge kommun bygger en ny simhall i Handen. Bygget börjar i mars och simhallen öppnar hösten 2028, med en 25-metersbassäng, en undervisningsbassäng och ett gym.',
  'Kommunfullmäktige beslutade om bygget i juni. Den gamla simhallen stänger när den nya öppnar, och föreningarna som tränar där får tider i den nya hallen.',
  'Under bygget är parkeringen vid Poseidons torg avstängd. Bussarna går som vanligt, och gångvägen till stationen leds om förbi biblioteket.',
  'Simhallen får solceller på taket och värms med fjärrvärme. Kommunen räknar med att energibehovet blir hälften av den gamla hallens, trots att den nya är större.',
  'Har du frågor om bygget kan du ringa kommunens kontaktcenter på vardagar mellan klockan åtta och fyra, eller skriva till oss i formuläret på sidan Kontakta oss.',
].map((text) => `<p>${text}</p>`).join('');

const page = (body: string) => `<!doctype html><html lang="sv"><head><title>Ny simhall i Handen</title></head><body>${body}</body></html>`;
const readable = (html: string) => new Readability(new JSDOM(html).window.document).parse()!.textContent!;

describe('text extractors leave the notice out', () => {
  const verdict = evaluate(IE11);
  const notice = renderNoticeHTML(verdict, { site: 'Haninge kommun', lang: 'sv', pageLang: 'sv' });
  const heading = /gammal webbläsare|webbläsare/;

  it('renders a notice whose text an extractor would otherwise keep', () => {
    // Without its class for extractors, the same notice inside <main> is read as the article's
    // first paragraph: what this test guards against.
    const plain = notice.replace('obn obn-banner', 'obn');
    expect(readable(page(`<main><h1>Ny simhall</h1>${plain}${ARTICLE}</main>`))).toMatch(heading);
  });

  it.each([
    ['first in <body>', page(`${notice}<main><h1>Ny simhall</h1>${ARTICLE}</main>`)],
    ['inside <main>', page(`<main>${notice}<h1>Ny simhall</h1>${ARTICLE}</main>`)],
    ['inside the article', page(`<main><article><h1>Ny simhall</h1>${notice}${ARTICLE}</article></main>`)],
  ])('server-rendered %s', (_where, html) => {
    const text = readable(html);
    expect(text).toContain('simhall');
    expect(text).not.toMatch(heading);
  });

  it('injected by the page (renderNotice), inside <main>', () => {
    const dom = new JSDOM(page(`<main><h1>Ny simhall</h1>${ARTICLE}</main>`));
    const main = dom.window.document.querySelector('main')!;
    const element = renderNotice(verdict, { site: 'Haninge kommun', lang: 'sv', document: dom.window.document });
    main.insertBefore(element, main.firstChild);
    expect(dom.window.document.body.textContent).toMatch(heading);
    const text = new Readability(dom.window.document).parse()!.textContent!;
    expect(text).toContain('simhall');
    expect(text).not.toMatch(heading);
  });

  it('keeps its accessible structure: a region with a heading, and data-nosnippet', () => {
    const section = new JSDOM(notice).window.document.querySelector('section')!;
    expect(section.hasAttribute('data-nosnippet')).toBe(true);
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')!.id);
    expect(section.classList.contains('obn')).toBe(true);
  });
});
