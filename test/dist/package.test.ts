import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { site as pageOn } from './jsdom-site';
import { runnableBlocks } from './runnable-blocks';

// The package as a new user gets it: packed from this checkout, installed from the
// tarball into a new project with the README's install command, and used from there.
// `npm test` builds dist/ first (pretest), so the pack skips `prepack`, which runs the
// same build on a fresh clone; the first test checks that it is there.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  exports: Record<string, unknown>;
};
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME_120 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const CHROME_135 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36';
const run = promisify(execFile);

let site = '';
let files: string[] = [];
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const cli = (args: string[], cwd = site) => run(process.execPath, [join(site, 'node_modules/old-browser-notice/dist/cli.js'), ...args], { cwd, encoding: 'utf8' });

beforeAll(() => {
  const temp = mkdtempSync(join(tmpdir(), 'obn-pack-'));
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', temp, ROOT], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed!.files.map((file) => file.path);
  site = join(temp, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'municipal-site', private: true, type: 'module' }));
  // The README's `npm install old-browser-notice browserslist`, with the tarball for the first
  // (browserslist from npm's cache when it is there).
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(temp, packed!.filename), 'browserslist'], site);
}, 180_000);

describe('the packed package, installed in a new project', () => {
  it('builds before packing, and holds the built files', () => {
    expect(PKG.scripts.prepack).toBe('npm run build');
    for (const file of ['dist/node.js', 'dist/index.cjs', 'dist/cli.js', 'dist/old-browser-notice.js', 'dist/templates/stage-two.js']) expect(files).toContain(file);
  });

  it('resolves every export, and exports every file a site hosts', async () => {
    const hosted = files.filter((file) => /^dist\/(old-browser-notice[^/]*|locales\/[^/]+)$/.test(file)).map((file) => file.replace(/^dist\//, './'));
    const specifiers = [...new Set([...Object.keys(PKG.exports).filter((key) => !key.includes('*')), ...hosted])].map((key) =>
      key === '.' ? 'old-browser-notice' : 'old-browser-notice/' + key.slice(2),
    );
    const script = `
      import { createRequire } from 'node:module';
      import { existsSync } from 'node:fs';
      import { fileURLToPath, pathToFileURL } from 'node:url';
      const require = createRequire(import.meta.url);
      const missing = [];
      for (const specifier of ${JSON.stringify(specifiers)}) {
        const esm = fileURLToPath(import.meta.resolve(specifier));
        const cjs = require.resolve(specifier);
        if (!existsSync(esm) || !existsSync(cjs)) missing.push(specifier);
      }
      const esm = await import('old-browser-notice');
      const cjs = require('old-browser-notice');
      const node = await import('old-browser-notice/node');
      console.log(JSON.stringify({ missing, esm: esm.evaluate(${JSON.stringify(IE11)}).status, cjs: cjs.evaluate(${JSON.stringify(IE11)}).status, compilePolicy: typeof node.compilePolicy }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: site, encoding: 'utf8' });
    expect(hosted).toEqual(expect.arrayContaining(['./old-browser-notice.js', './old-browser-notice.global.js', './old-browser-notice.css', './locales/sv.json']));
    expect(JSON.parse(stdout)).toEqual({ missing: [], esm: 'unsupported', cjs: 'unsupported', compilePolicy: 'function' });
  }, 60_000);

  it('runs the command line: --version, check, build, report --out', async () => {
    expect((await cli(['--version'])).stdout).toBe(`${PKG.version}\n`);
    expect((await cli(['check', IE11])).stdout).toMatch(/^unsupported\s+ie 11\s+update-os\s/m);
    const built = await cli(['build', '--lang', 'sv,en', '--out', 'public/js/old-browser-notice']);
    expect(readdirSync(join(site, 'public/js/old-browser-notice')).sort()).toEqual(['README.md', 'old-browser-notice.css', 'old-browser-notice.global.js', 'old-browser-notice.js']);
    expect(built.stdout).toMatch(/^<script src="\/js\/old-browser-notice\/old-browser-notice\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/m);
    writeFileSync(join(site, 'access.log'), `${IE11}\n`);
    const report = await cli(['report', '--format', 'json', '--out', 'report.json', 'access.log']);
    expect(report.stdout).toBe('Wrote the json report to report.json.\n');
    expect(JSON.parse(readFileSync(join(site, 'report.json'), 'utf8'))).toMatchObject({ requests: 1, status: { unsupported: { requests: 1 } } });
  }, 60_000);

  it('bundles for the browser with esbuild, without browserslist or Node built-ins', async () => {
    writeFileSync(join(site, 'entry.js'), "import { showNotice } from 'old-browser-notice';\nshowNotice({ site: 'Sundsvalls kommun' });\n");
    const result = await build({ entryPoints: [join(site, 'entry.js')], absWorkingDir: site, bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs).toContain('node_modules/old-browser-notice/dist/index.js');
    expect(inputs.filter((input) => /node_modules\/(?:browserslist|caniuse-lite)\/|^node:/.test(input))).toEqual([]);
  }, 60_000);

  it('type-checks under moduleResolution NodeNext and Bundler', async () => {
    const common = { strict: true, noEmit: true, target: 'ES2020', lib: ['ES2020', 'DOM'], types: [], skipLibCheck: false };
    writeFileSync(
      join(site, 'site.ts'),
      `import { evaluate, showNotice, type Verdict } from 'old-browser-notice';
import { compilePolicy } from 'old-browser-notice/node';
import { fi } from 'old-browser-notice/locales';
const verdict: Verdict = evaluate('Mozilla/5.0', { browsers: compilePolicy('defaults') });
showNotice({ site: 'Sundsvalls kommun', headingLevel: 3, locales: [fi], onShow: (shown: Verdict) => shown.status === verdict.status });
// @ts-expect-error the heading level is 2 to 6: <h1> is the page's own
showNotice({ headingLevel: 7 });
`,
    );
    // What docs/import.md says: under Bundler, the universal entry has no compilePolicy.
    writeFileSync(join(site, 'bundler-only.ts'), "// @ts-expect-error compilePolicy is Node-only: import it from 'old-browser-notice/node'\nimport { compilePolicy } from 'old-browser-notice';\n");
    const configs = {
      'tsconfig.nodenext.json': { compilerOptions: { ...common, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['site.ts'] },
      'tsconfig.bundler.json': { compilerOptions: { ...common, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['site.ts', 'bundler-only.ts'] },
    };
    for (const [name, config] of Object.entries(configs)) writeFileSync(join(site, name), JSON.stringify(config));
    const results = await Promise.all(
      Object.keys(configs).map((name) =>
        run(process.execPath, [TSC, '-p', name], { cwd: site, encoding: 'utf8' }).then(
          () => `${name}: ok`,
          (error: { stdout: string }) => `${name}: ${error.stdout}`,
        ),
      ),
    );
    expect(results).toEqual(['tsconfig.nodenext.json: ok', 'tsconfig.bundler.json: ok']);
  }, 120_000);
});

describe("one policy everywhere: a project's own .browserslistrc", () => {
  // A part of the site with its own policy (browserslist looks from the working directory
  // upwards), using the packages installed above: the CLI, the server helpers and the
  // script tag `build` writes must all call Chrome 120 outdated and Chrome 135 supported.
  let dir = '';
  beforeAll(() => {
    dir = join(site, 'strict-part');
    mkdirSync(dir);
    writeFileSync(join(dir, '.browserslistrc'), '# Haninge kommun: current Chrome only\nchrome >= 130\n');
  });

  it('`policy` says where the policy came from', async () => {
    const { stdout, stderr } = await cli(['policy'], dir);
    expect(JSON.parse(stdout)).toMatchObject({ query: 'chrome >= 130', agents: { chrome: '130' } });
    expect(stderr).toBe(`Policy \`chrome >= 130\` from ${join(dir, '.browserslistrc')}.\n`);
  });

  it('gives the same verdicts from `check`, the server helpers and the built script tag', async () => {
    const check = await cli(['check', '--json', CHROME_120, CHROME_135], dir);
    const fromCli = check.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { status: string }).status);
    const script = `
      import { evaluate, checkRequest, createEvaluator, oldBrowserNoticeMiddleware } from 'old-browser-notice';
      const statuses = [];
      for (const ua of ${JSON.stringify([CHROME_120, CHROME_135])}) {
        const req = { headers: { 'user-agent': ua } };
        oldBrowserNoticeMiddleware()(req, { setHeader() {}, getHeader() {} }, () => {});
        statuses.push([evaluate(ua).status, checkRequest(req.headers).status, createEvaluator()(ua).status, req.oldBrowserNotice.status]);
      }
      console.log(JSON.stringify(statuses));`;
    const server = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    await cli(['build', '--lang', 'sv,en', '--out', 'public/js'], dir);
    const tag = '<script src="/js/old-browser-notice.js"></script>';
    const shown = async (ua: string) => !!(await pageOn(pathToFileURL(join(dir, 'public/js/')), ua, tag)).notice();
    expect(fromCli).toEqual(['outdated', 'supported']);
    expect(JSON.parse(server.stdout)).toEqual([Array(4).fill('outdated'), Array(4).fill('supported')]);
    expect([await shown(CHROME_120), await shown(CHROME_135)]).toEqual([true, false]);
  }, 60_000);
});

describe('the README and docs, in that project', () => {
  it('installs with the command the README gives', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('```sh\nnpm install old-browser-notice browserslist\n```');
  });

  it('run every shell block marked runnable, and show the tag build prints', async () => {
    const blocks = runnableBlocks(ROOT);
    expect(blocks.length).toBeGreaterThan(5);
    // Each block in a project of its own (the same installed packages), two at a time.
    const failed: string[] = [];
    const dirs = blocks.map((_, i) => {
      const dir = join(site, '..', `reader-${i}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'package.json'), readFileSync(join(site, 'package.json')));
      symlinkSync(join(site, 'node_modules'), join(dir, 'node_modules'), 'dir');
      return dir;
    });
    const queue = blocks.map((block, i) => ({ block, dir: dirs[i]! }));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { block, dir } = next;
        await run('sh', ['-e', '-c', block.code], { cwd: dir, encoding: 'utf8' }).catch((error: { stderr: string }) => {
          failed.push(`${block.file}: ${block.code}\n${error.stderr}`);
        });
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failed).toEqual([]);
    // The ready-made files were copied from the package, languages included.
    const copied = blocks.findIndex((block) => block.code.includes('cp -R node_modules/old-browser-notice/dist/locales'));
    expect(existsSync(join(dirs[copied]!, 'public/js/old-browser-notice/locales/sv.json'))).toBe(true);
    // The tag in the README is the one `build` prints, but for its integrity value.
    const { stdout } = await run('sh', ['-c', 'npx old-browser-notice build --lang sv,en --out public/js/old-browser-notice'], { cwd: site, encoding: 'utf8' });
    const tag = /^<script .*><\/script>$/m.exec(stdout)![0].replace(/sha384-[^"]+/, 'sha384-…');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(tag);
  }, 180_000);
});
