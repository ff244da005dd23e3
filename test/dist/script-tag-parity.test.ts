import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate, type Policy } from '@lib/node';
import { EVERY_USER_AGENT } from '../conformance/corpus';

// The script tag carries a cut-down copy of ua-parser-js (scripts/ua-parser-lean.ts).
// Whatever it judges, it must judge as the npm library does with the real package:
// the same verdict, reason and advice for every user agent we have (fixtures, dataset,
// public parsers' fixtures, crawlers).
const SCRIPT = readFileSync(fileURLToPath(new URL('../../dist/old-browser-notice.global.js', import.meta.url)), 'utf8');

type ScriptTagApi = {
  policy: Policy;
  evaluate: (ua: string, options?: { browsers?: string | Policy; strict?: boolean }) => unknown;
};

function scriptTag(): ScriptTagApi {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only' });
  dom.window.document.body.innerHTML = '<script data-auto="false"></script>';
  // Evaluated as the page's own script would be, so that it finds its element by data attribute.
  const script = dom.window.document.querySelector('script')!;
  Object.defineProperty(dom.window.document, 'currentScript', { value: script });
  dom.window.eval(SCRIPT);
  return (dom.window as unknown as { OldBrowserNotice: ScriptTagApi }).OldBrowserNotice;
}

const api = scriptTag();
const EXPLICIT = 'chrome >= 120, edge >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, samsung >= 23, opera >= 100, and_chr >= 120';

describe('the script tag judges as the npm library', () => {
  const cases: Array<[string, { browsers: string | Policy; strict?: boolean }]> = [
    ['its built-in policy (defaults)', { browsers: api.policy }],
    ['its built-in policy, strict', { browsers: api.policy, strict: true }],
    ['a data-browsers style query', { browsers: EXPLICIT }],
  ];
  for (const [name, options] of cases) {
    it(`for every user agent we have under ${name}`, () => {
      const differences: string[] = [];
      for (const ua of EVERY_USER_AGENT) {
        const inPage = JSON.stringify(api.evaluate(ua, options));
        const npm = JSON.stringify(evaluate(ua, options));
        if (inPage !== npm && differences.length < 5) differences.push(`${ua}\n  page: ${inPage}\n  npm:  ${npm}`);
      }
      expect(differences).toEqual([]);
    }, 60_000);
  }
});
