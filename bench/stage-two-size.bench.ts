// What each feature of the script tag's second stage costs an old browser, in gzipped
// bytes: the second stage is built as the package builds it (esbuild, the lean
// ua-parser-js, swc to ES5), once whole and once with each feature replaced by a stub
// that does nothing. The README's "Measured" section quotes these figures.
// Run: npm run bench (or tsx bench/stage-two-size.bench.ts)
import { build, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { downlevelToEs5 } from '../scripts/downlevel-es5';
import { uaParserLean } from '../scripts/ua-parser-lean';

/** One feature per row: the module(s) it lives in, and what stands in for them. */
const FEATURES: Array<{ name: string; stubs: Record<string, string> }> = [
  {
    name: 'client hints (navigator.userAgentData)',
    stubs: {
      'src/hints/client-hints.ts': 'export function applyClientHints(verdict) { return verdict; }',
      'src/hints/user-agent-data.ts': 'export function lowEntropyHints() { return null; } export function requestHighEntropyHints() { return false; }',
    },
  },
  {
    name: 'bot rules',
    stubs: { 'src/detect/bot-rules.ts': 'export const BOT_RULES = []; export const ANY_BOT = /(?!)/;' },
  },
  {
    name: 'advice (what the visitor can install)',
    stubs: { 'src/advice/advise.ts': "export function advise() { return { action: 'update', recommend: ['firefox', 'chrome', 'edge'] }; } export function dayOf() { return ''; }" },
  },
  {
    name: 'data-browsers parser',
    stubs: { 'src/policy/simple-query.ts': 'export function parseSimpleQuery(query) { throw new Error(query); } export function checkQueryLength() {}' },
  },
  {
    name: 'inline styles',
    stubs: { 'src/notice/styles.ts': "export const NOTICE_CSS = '';" },
  },
  {
    name: 'data attributes',
    stubs: { 'src/script-tag/data-attributes.ts': 'export function readDataAttributes() { return {}; }' },
  },
  {
    name: 'languages on demand',
    stubs: { 'src/script-tag/locale-on-demand.ts': 'export function localeOnDemand() { return function () { return false; }; }' },
  },
];

function stubbing(stubs: Record<string, string>): Plugin {
  return {
    name: 'stubs',
    setup(builder) {
      builder.onLoad({ filter: /\.[jt]s$/ }, (args) => {
        const file = Object.keys(stubs).find((path) => args.path.replace(/\\/g, '/').endsWith(path));
        return file === undefined ? undefined : { contents: stubs[file], loader: 'js' };
      });
    },
  };
}

async function stageTwoGzip(stubs: Record<string, string>): Promise<number> {
  const result = await build({
    entryPoints: ['src/global.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    // Stubs first: the first plugin to load a file wins.
    plugins: [stubbing(stubs), uaParserLean],
    define: { __VERSION__: '"0.0.0"', __FAST_PATH__: 'false' },
  });
  return gzipSync(await downlevelToEs5(result.outputFiles[0]!.text), { level: 9 }).length;
}

const whole = await stageTwoGzip({});
const parser = whole - (await stageTwoGzip({ 'node_modules/ua-parser-js/src/ua-parser.js': 'export default function UAParser() {}' }));
console.log(`\nSecond stage, before a site's policy and languages are baked in: ${whole} bytes gzipped`);
console.log(`  ua-parser-js (lean copy)                   ${String(parser).padStart(6)} bytes`);
const all: Record<string, string> = {};
for (const feature of FEATURES) {
  Object.assign(all, feature.stubs);
  console.log(`  ${feature.name.padEnd(42)} ${String(whole - (await stageTwoGzip(feature.stubs))).padStart(6)} bytes`);
}
console.log(`  without all of the above features          ${String(await stageTwoGzip(all)).padStart(6)} bytes left`);
