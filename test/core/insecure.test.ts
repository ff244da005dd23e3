// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice, showNotice } from '@lib/universal';
import { LOCALES } from '@lib/locales';
import { readDataAttributes } from '../../src/script-tag/data-attributes';
import { insecureGatePolicy } from '../../src/advice/insecure';
import { compilePolicy } from '@lib/node';

const CHROME_109_WIN7 = 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36';
const CHROME_109_WIN10 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36';
const day = (iso: string) => Date.parse(iso + 'T00:00:00Z');
const TODAY = day('2026-11-30');

describe('the `insecure` option', () => {
  it('calls Chrome 109 on Windows 7 insecure under `defaults` (chrome >= 109) once its fixes ended, and asks to update the system', () => {
    expect(evaluate(CHROME_109_WIN7, { now: TODAY }).status).toBe('supported'); // off by default: the policy is the site's promise
    const verdict = evaluate(CHROME_109_WIN7, { now: TODAY, insecure: true });
    expect(verdict).toMatchObject({ status: 'insecure', agent: 'chrome', action: 'update-os', recommend: [] });
    expect(verdict.reason).toContain('no security fixes');
    // In 2022 Chrome 109 still got fixes there (released January 2023: the day judged counts, not the version).
    expect(evaluate(CHROME_109_WIN7, { now: day('2023-01-09'), insecure: true }).status).toBe('supported');
    // The same version on Windows 10 gets no notice: there a newer Chrome would run with fixes, but the policy accepts it.
    expect(evaluate(CHROME_109_WIN10, { now: TODAY, insecure: true }).status).toBe('supported');
  });

  it('shows its own first sentence in every language', () => {
    const verdict = evaluate(CHROME_109_WIN7, { now: TODAY, insecure: true });
    for (const locale of LOCALES) {
      const text = renderNotice(verdict, { lang: locale.tag, locales: [locale], site: 'Haninge kommun' }).querySelector('p')!.textContent;
      expect({ tag: locale.tag, text }).toEqual({ tag: locale.tag, text: locale.text.insecure });
    }
  });

  it('notifies through showNotice only when asked', () => {
    document.body.innerHTML = '<main></main>';
    sessionStorage.clear();
    showNotice({ userAgent: CHROME_109_WIN7, lang: 'en', now: TODAY });
    expect(document.querySelector('[data-old-browser-notice]')).toBeNull();
    showNotice({ userAgent: CHROME_109_WIN7, lang: 'en', now: TODAY, insecure: true });
    expect(document.querySelector('[data-old-browser-notice]')!.textContent).toContain('This browser no longer gets security updates on your system.');
  });

  it('is read from data-insecure on the script tag', () => {
    const tag = document.createElement('script');
    tag.setAttribute('data-insecure', '');
    expect(readDataAttributes(tag, () => {}).insecure).toBe(true);
    tag.setAttribute('data-insecure', 'false');
    expect(readDataAttributes(tag, () => {}).insecure).toBe(false);
    const warnings: string[] = [];
    tag.setAttribute('data-insecure', 'yes please');
    expect(readDataAttributes(tag, (message) => warnings.push(message)).insecure).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('data-insecure="yes please" is not valid')]);
  });

  it('lets every version that is the last on some system past the first stage of an --insecure build', () => {
    const gate = insecureGatePolicy(compilePolicy('chrome >= 109, firefox >= 115, edge >= 109'));
    // Chrome 150 is the last on macOS 12, Firefox 143 on Android 5–7, Edge 128 on macOS 10.15.
    expect(gate.agents).toMatchObject({ chrome: '151', firefox: '144', edge: '129' });
  });
});

describe('report --insecure', () => {
  it('counts insecure requests in a row of their own, among the notified, only when asked', async () => {
    const { buildReport } = await import('../../src/report/aggregate');
    const { emptyTally } = await import('../../src/report/tally');
    const { renderTable } = await import('../../src/report/render-table');
    const tally = emptyTally(false);
    tally.counts.set(CHROME_109_WIN7, 3);
    tally.counts.set(CHROME_109_WIN10, 5);
    tally.requests = tally.lines = 8;
    const policy = compilePolicy('chrome >= 109');
    const plain = buildReport(tally, { inputs: [], policy });
    expect(plain.status.insecure).toBeUndefined();
    expect(plain.notified.requests).toBe(0);
    const report = buildReport(tally, { inputs: [], policy, insecure: true });
    expect(report.status.insecure).toEqual({ requests: 3, percent: 37.5 });
    expect(report.status.supported!.requests).toBe(5);
    expect(report.notified.requests).toBe(3);
    expect(report.actions['update-os'].requests).toBe(3);
    expect(renderTable(report)).toMatch(/insecure\s+3/);
    expect(renderTable(plain)).not.toContain('insecure');
  });
});

describe('the lazy import with insecure on', () => {
  it('judges Chrome 138 on Android 9 in full (the first check knows no system or day) and shows it the notice', async () => {
    const { JSDOM } = await import('jsdom');
    const { showNotice: lazyShow } = await import('../../src/lazy');
    const android9 = 'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';
    const page = () => new JSDOM('<!doctype html><html lang="en"><body><main></main></body></html>', { url: 'https://www.example.org/' }).window.document;
    const browsers = compilePolicy('chrome >= 109, and_chr >= 109');
    expect(await lazyShow({ document: page(), userAgent: android9, browsers, now: TODAY })).toBeNull();
    const document = page();
    const verdict = await lazyShow({ document, userAgent: android9, browsers, now: TODAY, insecure: true });
    expect(verdict!.status).toBe('insecure');
    expect(document.querySelector('[data-old-browser-notice]')!.textContent).toContain('This browser no longer gets security updates on your system.');
  });
});
