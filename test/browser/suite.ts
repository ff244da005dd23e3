import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine, EngineEntry, EnginePage, Feature, OpenOptions } from './engines/engine';
import { ENGINES, missing } from './engines';
import { ASSETS, serve, type PageSpec } from './harness';
import { hasNotice, waitFor, type SuiteContext } from './checks/context';
import { mediaChecks } from './checks/media';
import { noticeChecks } from './checks/notice';
import { twoStageChecks } from './checks/two-stage';

const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
const local = (path: string) => () => readFileSync(fileURLToPath(new URL(path, import.meta.url)));
// Scripts a test page loads before the notice's (external: every page has a CSP to keep).
ASSETS['/page-probe.js'] = { type: 'text/javascript', body: local('./page-probe.js') };
ASSETS['/without-constructable-stylesheets.js'] = { type: 'text/javascript', body: local('./without-constructable-stylesheets.js') };
ASSETS['/user-agent-data.js'] = { type: 'text/javascript', body: local('./user-agent-data.js') };

/**
 * The browser suite, written once: `engineSuite('webkit')` runs it in WebKitGTK. A test that
 * needs what the engine cannot do is skipped with the engine's name and the reason.
 */
export function engineSuite(key: keyof typeof ENGINES): void {
  const entry: EngineEntry = ENGINES[key];
  const absent = missing(entry);
  if (absent.length > 0) {
    const fix = `apt-get install -y ${entry.aptPackages.join(' ')}`;
    if (process.env.CI) {
      it(`${entry.name} is installed (CI runs every engine)`, () => {
        throw new Error(`${entry.name}: missing ${absent.join(', ')}. Install it: ${fix}`);
      });
    } else {
      console.warn(`\n*** ${entry.name} tests SKIPPED: missing ${absent.join(', ')}. Install it (${fix}). ***\n`);
      it.skip(`${entry.name}: not installed (missing ${absent.join(', ')})`, () => undefined);
    }
    return;
  }

  const count = { ran: 0, skipped: 0, reasons: new Set<string>() };
  const test = (title: string, needs: Feature[], fn: () => Promise<void>) => {
    const reasons = needs.map((feature) => entry.cannot[feature]).filter((reason): reason is string => !!reason);
    if (reasons.length > 0) {
      it.skip(`${title} — not in ${entry.name}: ${reasons.join('; ')}`, fn);
      count.skipped++;
      reasons.forEach((reason) => count.reasons.add(reason));
    } else {
      it(title, async () => {
        count.ran++;
        await fn();
      });
    }
  };

  describe(`the notice in ${entry.name}`, () => {
    let engine: Engine;
    let server: Awaited<ReturnType<typeof serve>>;
    const shot = (name: string) => `${SHOTS}${key}-${name}.png`;
    const probe = '<script src="/page-probe.js"></script>';

    // Pages by path: the plain page, and what each group of checks adds with ctx.page().
    const pages: Record<string, PageSpec> = { '/': {} };

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      server = await serve();
      // Every page loads the probe first, so that each engine reports what went wrong.
      for (const [path, spec] of Object.entries(pages)) server.pages.set(path, { ...spec, head: probe + (spec.head ?? '') });
      engine = await entry.start();
    }, 90_000);

    afterAll(async () => {
      // One line per engine in `npm test`'s output: which version, how many tests ran, what it cannot do.
      const reasons = count.reasons.size > 0 ? ` (${[...count.reasons].join('; ')})` : '';
      console.log(`${entry.name} ${engine?.version() ?? '(did not start)'}: ${count.ran} browser tests ran, ${count.skipped} skipped${reasons}`);
      await engine?.close();
      await server?.close();
    });

    /** Opens a page as an old browser of this engine's family sees it, once the notice is there. */
    async function open(path: string, options: OpenOptions = {}): Promise<EnginePage> {
      const page = await engine.open(server.url + path, { userAgent: entry.oldUserAgent, ...options });
      await waitFor(page, hasNotice);
      return page;
    }

    const page = (path: string, spec: PageSpec) => void (pages[path] = spec);
    const ctx: SuiteContext = { entry, engine: () => engine, url: (path) => server.url + path, page, open, test, shot };
    // Groups in this order: an engine which sets the user agent and media per browser
    // session (WebKitGTK) then starts as few sessions as it can.
    noticeChecks(ctx);
    twoStageChecks(ctx);
    mediaChecks(ctx);
  });
}
