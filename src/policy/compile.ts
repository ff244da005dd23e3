import browserslist from 'browserslist';
import { createRequire } from 'node:module';
import { OldBrowserNoticeError } from '../errors';
import { compareVersions } from '../version';
import { findProjectQuery, placeInFile } from './project-config';
import { oneLine } from '../warn';
import { STALE_AGENTS } from './stale-agents';
import type { Policy } from './types';

const require = createRequire(import.meta.url);

/** Lower end of a browserslist version: `15.2-15.3` → `15.2`. */
function lowerBound(version: string): string {
  const dash = version.indexOf('-');
  return dash === -1 ? version : version.slice(0, dash);
}

function isLower(candidate: string, current: string | undefined): boolean {
  if (current === undefined) return true;
  if (candidate === 'all' || current === 'all') return candidate === 'all';
  return compareVersions(candidate, current) < 0;
}

function newestListed(agent: string): string | undefined {
  const data = browserslist.data[agent];
  if (!data) return undefined;
  const released = data.released;
  return released[released.length - 1];
}

function widenStaleAgents(agents: Record<string, string>): void {
  for (const { agent, desktop, firstStale } of STALE_AGENTS) {
    const own = agents[agent];
    if (own === undefined || compareVersions(own, firstStale) < 0) continue;
    const newest = newestListed(agent);
    let widened = own;
    if (newest && /^\d+$/.test(newest)) {
      const oneBehind = String(parseInt(newest, 10) - 1);
      if (isLower(oneBehind, widened)) widened = oneBehind;
    }
    const desktopMin = agents[desktop];
    if (desktopMin !== undefined && isLower(desktopMin, widened)) widened = desktopMin;
    agents[agent] = widened;
  }
}

function caniuseVersion(): string | null {
  try {
    // caniuse-lite is browserslist's dependency: ask from where browserslist is.
    const fromBrowserslist = createRequire(require.resolve('browserslist'));
    return (fromBrowserslist('caniuse-lite/package.json') as { version: string }).version;
  } catch {
    return null;
  }
}

/**
 * Resolves a browserslist query into a small JSON {@link Policy}: the lowest
 * accepted version per agent. Node only (it reads caniuse-lite and config files).
 *
 * With no query it uses the site's own configuration, found the way browserslist
 * finds it from `options.path` (default: the working directory): the `BROWSERSLIST`
 * environment variable, `.browserslistrc`, package.json `browserslist`, else `defaults`.
 *
 * @throws {OldBrowserNoticeError} when the query is not valid browserslist.
 * @example
 * ```ts
 * import { compilePolicy } from 'old-browser-notice';
 * const policy = compilePolicy('> 0.5%, last 2 versions, not dead');
 * policy.agents.chrome; // e.g. '109'
 * ```
 */
export function compilePolicy(query?: string, options: { path?: string } = {}): Policy {
  const path = options.path ?? process.cwd();
  const project = query === undefined ? findProjectQuery(path) : undefined;
  const resolved = project ? project.query : query!;
  let selected: string[];
  try {
    selected = browserslist(resolved, { path });
  } catch (error) {
    // browserslist's own message adds detail only when it is not the generic one.
    const detail = error instanceof Error ? error.message : String(error);
    const extra = /^Unknown browser query/.test(detail) ? '' : ` (${detail.replace(/\.$/, '')})`;
    // A query from a config file: say which file, and the line of the part browserslist refused.
    const bad = /`([^`]+)`|^Unknown browser (\S+)/.exec(detail);
    const where = project ? ` in ${project.file ? placeInFile(project.file, bad ? (bad[1] ?? bad[2])! : resolved) : project.from}` : '';
    throw new OldBrowserNoticeError(
      `Unknown browser query \`${oneLine(resolved)}\`${where}${oneLine(extra)}. Fix the query: see https://browsersl.ist ` +
        'for the syntax, and test it with `npx browserslist "<query>"`.',
    );
  }
  if (selected.length === 0) {
    throw new OldBrowserNoticeError(
      `Browser query \`${oneLine(resolved)}\`${project?.file ? ` in ${project.file}` : ''} selects no browsers, so every visitor would be notified. Widen the query.`,
    );
  }
  const agents: Record<string, string> = {};
  for (const entry of selected) {
    const space = entry.indexOf(' ');
    const agent = entry.slice(0, space);
    const version = lowerBound(entry.slice(space + 1));
    if (isLower(version, agents[agent])) agents[agent] = version;
  }
  widenStaleAgents(agents);
  const sorted: Record<string, string> = {};
  for (const agent of Object.keys(agents).sort()) sorted[agent] = agents[agent]!;
  // Frozen: it is checked once, so it must not change afterwards (policy/resolve.ts).
  return Object.freeze({ query: resolved, caniuse: caniuseVersion(), agents: Object.freeze(sorted) });
}
