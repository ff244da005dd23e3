import { createHash } from 'node:crypto';
import { firstStageGate } from '../first-stage/policy-gate';
import { FIRST_STAGE_SHAPES } from '../first-stage/shapes.generated';
import { escapeHtml } from '../notice/html';
import type { Locale } from '../locales/types';
import type { Policy } from '../policy/types';
import { insecureGatePolicy } from '../advice/insecure';

/** Where a template takes the values baked in for one site. */
export const BAKED_PLACEHOLDER = '/*__OBN_BAKED__*/null';

/** The two stages as built, still waiting for a site's values. */
export interface Templates {
  stageOne: string;
  stageTwo: string;
  css: string;
  /** The package version, for the files' first line. */
  version: string;
}

/** What one site chose. */
export interface SiteChoice {
  policy: Policy;
  strict: boolean;
  /** Bundled into the second stage. */
  locales: Locale[];
  /** Tags of the locales hosted beside it as `locales/<tag>.json`, fetched when the visitor's language is one of them. */
  available?: string[];
  /** The address the files are served at, for the README's `<script>` tag (default `/path/to`). */
  url?: string;
  /** The day of the newest release in the browser data the policy was compiled with (YYYY-MM-DD), for `verify`. */
  dataDate?: string;
  /** Notify browsers the policy accepts but that get no security fixes on their system (`build --insecure`). */
  insecure?: boolean;
}

/** One file a site hosts: its name in the output directory, and its contents. */
export interface SiteFile {
  name: string;
  contents: string;
}

/** JSON is an ES5 expression once the two line separators it allows in strings are escaped. */
function es5Json(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Puts `expression` (ES5 source) where the template's placeholder is. */
function bake(template: string, expression: string): string {
  const at = template.lastIndexOf(BAKED_PLACEHOLDER);
  if (at === -1) throw new Error('template has no placeholder for its baked values');
  return template.slice(0, at) + expression + template.slice(at + BAKED_PLACEHOLDER.length);
}

/** `sha384-…` (or `sha256-…`) as the `integrity` attribute wants it. */
export function integrity(contents: string, algorithm: 'sha384' | 'sha256' = 'sha384'): string {
  return algorithm + '-' + createHash(algorithm).update(contents, 'utf8').digest('base64');
}

/** The `<script>` tag for a site's first stage, with its integrity. */
export function scriptTag(stageOne: string, url = '/path/to'): string {
  return `<script src="${escapeHtml(url)}/old-browser-notice.js" integrity="${integrity(stageOne)}" crossorigin="anonymous"></script>`;
}

function snippet(stageOne: string, choice: SiteChoice): string {
  const tags = choice.locales.map((locale) => locale.tag).join(', ');
  return `# old-browser-notice for this site

Host these files together in one directory and add this to every page, in \`<head>\`:

\`\`\`html
${scriptTag(stageOne, choice.url)}
\`\`\`

- \`old-browser-notice.js\` — what every visitor loads: it recognises current browsers and stops.
- \`old-browser-notice.global.js\` — loaded only for the others: the full check and the notice
  (languages: ${tags}). The first file checks its integrity where the browser can.
- \`old-browser-notice.css\` — the notice's styles, for \`data-styles="external"\`.

Policy: \`${choice.policy.query}\`${choice.policy.caniuse ? ` (caniuse-lite ${choice.policy.caniuse})` : ''}${choice.strict ? ', strict' : ''}.
Data attributes on the script tag (\`data-site\`, \`data-remember-days\`, …) are passed on to the second file.
`;
}

/** The stylesheet's first line: the package version and the browser data's version and date. */
function dataLine(version: string, policy: Policy, dataDate: string | undefined): string {
  const data = policy.caniuse ? ` | caniuse-lite ${policy.caniuse}${dataDate ? ` of ${dataDate}` : ''}` : '';
  return `/*! old-browser-notice ${version}${data} */\n`;
}

/** The date in a stylesheet's first line (see `dataLine`), or null. */
export function dataDateOf(css: string): string | null {
  const found = /^\/\*! old-browser-notice \S+ \| caniuse-lite \S+ of (\d{4}-\d{2}-\d{2}) \*\//.exec(css);
  return found ? found[1]! : null;
}

/**
 * The files a site hosts, from the built templates and the site's choices. Pure:
 * the same inputs always give byte-identical files.
 */
export function siteFiles(templates: Templates, choice: SiteChoice): SiteFile[] {
  const { policy } = choice;
  // The policy is named in the second stage; every visitor downloads the first, so it says only the essentials.
  const banner =
    `/*! old-browser-notice ${templates.version} | MIT | policy: ${policy.query.replace(/\*\//g, '* /')}` +
    `${policy.caniuse ? ` (caniuse-lite ${policy.caniuse})` : ''}${choice.strict ? ', strict' : ''} */\n`;
  // `available` as one space-separated string (tags hold no spaces): with every language
  // beside it, two quotes and a comma fewer per tag are 70 bytes gzipped for each old browser.
  const available = (choice.available || []).join(' ');
  const baked = choice.insecure ? { policy, locales: choice.locales, available, insecure: true } : { policy, locales: choice.locales, available };
  const stageTwo = banner + bake(templates.stageTwo, es5Json(baked));
  // The shapes go in as JSON (strings only, read without a regular expression), the gate
  // as numbers (a minimum per version group), and the second stage's integrity as SHA-256:
  // every visitor downloads this file, and SHA-256 is as valid for Subresource Integrity as
  // SHA-384 in 20 fewer characters.
  // With --insecure, the versions that may have lost their fixes somewhere go on to the second
  // stage, which knows the system and the day; the policy itself stays the site's.
  const gate = firstStageGate(choice.insecure ? insecureGatePolicy(policy) : policy, choice.strict);
  // `//# allFunctionsCalledOnLoad`: Chromium 136 and later compile every function of the
  // file while it streams in, off the main thread, instead of on first call, on it
  // (https://v8.dev/blog/explicit-compile-hints). All of this file's functions run on
  // every page, so nothing is compiled in vain; it halves the first stage's main-thread
  // time in a fresh page (bench/first-stage.bench.js). It must come before the code, and
  // works after the licence comment. Other browsers read a comment.
  const stageOne =
    `/*! old-browser-notice ${templates.version} | MIT */\n//# allFunctionsCalledOnLoad\n` +
    bake(templates.stageOne, `[${es5Json(FIRST_STAGE_SHAPES)},${es5Json(gate)},${es5Json(integrity(stageTwo, 'sha256'))}]`);
  return [
    { name: 'old-browser-notice.js', contents: stageOne },
    { name: 'old-browser-notice.global.js', contents: stageTwo },
    // The stylesheet carries the data's date, for `verify`: no byte more for the scripts'
    // visitors, and the same inputs still give the same files.
    { name: 'old-browser-notice.css', contents: dataLine(templates.version, policy, choice.dataDate) + templates.css },
    { name: 'README.md', contents: snippet(stageOne, choice) },
  ];
}
