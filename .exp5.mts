import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { downlevelToEs5 } from './scripts/downlevel-es5';
import { uaParserLean as lean2 } from './scripts/ua-parser-lean';
const STUBS: Record<string, string> = {
  hints: `src/hints/client-hints.ts=export function applyClientHints(v){return v}|src/hints/user-agent-data.ts=export function lowEntropyHints(){return null} export function requestHighEntropyHints(){return false}`,
  query: `src/policy/simple-query.ts=export function parseSimpleQuery(q){throw new Error(q)}`,
  advice: `src/advice/advise.ts=export function advise(){return {action:'update',recommend:['chrome','firefox','edge']}}`,
  error: `src/errors.ts=export function OldBrowserNoticeError(m){var e=new Error(m);e.name='OldBrowserNoticeError';return e}`,
  attrs: `src/script-tag/data-attributes.ts=export function readDataAttributes(){return {}}`,
};
async function size(which: string[]) {
  const map: Record<string, string> = {};
  for (const w of which) for (const part of STUBS[w]!.split('|')) { const i = part.indexOf('='); const f = part.slice(0, i), c = part.slice(i + 1); map[f!] = c!; }
  const r = await build({ entryPoints: ['src/global.ts'], bundle: true, format: 'iife', target: 'es2020', write: false,
    plugins: [lean2, { name: 'stubs', setup(b) { b.onLoad({ filter: /src[\\/].*\.ts$/ }, (a) => { const k = Object.keys(map).find((f) => a.path.endsWith(f)); return k ? { contents: map[k], loader: 'ts' } : undefined; }); } }],
    define: { __VERSION__: '"0.1.0"', __FAST_PATH__: 'false' } });
  const es5 = await downlevelToEs5(r.outputFiles[0].text);
  return gzipSync(es5, { level: 9 }).length;
}
const base = await size([]);
console.log('base', base);
for (const k of Object.keys(STUBS)) console.log(k, base - (await size([k])));
