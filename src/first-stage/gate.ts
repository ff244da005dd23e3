/**
 * How a policy becomes the first stage's gate: for each version group of its shapes, the
 * policy agent whose minimum bounds it (GATE_RECIPE, generated from the table of browser
 * shapes, src/shapes/browser-shapes.ts). Small enough to run in a visitor's browser (the
 * lazy import compiles the gate for the site's policy there); the script-tag build bakes
 * its result.
 */
import { GATE_RECIPE } from './shapes.generated';
import type { GroupBound } from './types';

/** Above every version number (`versionNumber` reads 5 major and 3 minor digits): a group that can never pass. */
export const NEVER = 1e8;

/**
 * The gate: for every version group of the first stage's shapes, in order, the lowest
 * version number (see `versionNumber`) it must reach (NEVER when a user agent with that
 * group can never pass); first without touch, then with more than one touch point.
 */
export type Gate = readonly [readonly number[], readonly number[]];

/**
 * A version as one whole number, `major * 1000 + minor`: `142` → 142000, `18.5` and
 * `18_5` → 18005. The way every reader in this package reads a version — the first stage here, the
 * server's fast path and the full rules through `normalizeVersion` (version.ts), which a
 * test holds to the same reading — so that they agree on any input:
 * the first 5 digits of the major and the first 3 of the minor, the rest of a longer run
 * dropped (`Version/26.0000006` is 26.0, `Chrome/1234567` is 12345). Dropping digits
 * only ever makes a number smaller than what was written, and keeps it below the gate's
 * NEVER. No regular expression: this runs in the first stage (see match-shapes.ts).
 *
 * @example
 * ```ts
 * versionNumber('18_5'); // 18005
 * ```
 */
export function versionNumber(version: string): number {
  // One pass over the characters, no `split` (see match-shapes.ts): `part` counts the
  // separators (`.` or `_`) passed, `digits` the digits read of the current part.
  let major = 0;
  let minor = 0;
  let digits = 0;
  let part = 0;
  for (let i = 0; i < version.length; i++) {
    const digit = version.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) {
      part++;
      digits = 0;
    } else if (digits++ < (part ? 3 : 5)) {
      if (!part) major = major * 10 + digit;
      else if (part == 1) minor = minor * 10 + digit;
    }
  }
  return major * 1000 + minor;
}

/**
 * A policy minimum as the lowest `versionNumber` that meets it, or null when no
 * number can (`TP`, anything unreadable). `all` is 0. A patch part (`16.4.1`) raises
 * it to the next minor, as the shapes never capture a patch: rounding up only ever
 * makes the gate stricter.
 */
export function minimumNumber(minimum: string | undefined): number | null {
  if (minimum === 'all') return 0;
  if (typeof minimum !== 'string' || !/^\d{1,6}(?:\.\d{1,6})*$/.test(minimum)) return null;
  const parts = minimum.split('.');
  let rest = 0;
  for (let i = 2; i < parts.length; i++) rest += +parts[i]!;
  // A minor of 1000 or more reads as the next major: rounding up, like the patch part.
  return +parts[0]! * 1000 + Math.min(+parts[1]! || 0, 1000) + (rest > 0 ? 1 : 0);
}

/**
 * The gate for a policy's agents. Agents are read as own properties only: the policy
 * may come from a site's configuration.
 *
 * @example
 * ```ts
 * compileGate({ chrome: '109', firefox: '140' }, false)[0].slice(0, 3); // [140000, 109000, 0]
 * ```
 */
export function compileGate(agents: Readonly<Record<string, string>>, strict: boolean): Gate {
  // Not hasOwn (has-own.ts): the lazy import's first chunk and the rest would share it,
  // and a bundler then splits it into a third chunk that every visitor loads.
  const own = (agent: string): number | null =>
    Object.prototype.hasOwnProperty.call(agents, agent) ? minimumNumber(agents[agent]) : null;
  const bound = (group: GroupBound, touch: boolean): number => {
    if (group.strictOnly && !strict) return 0;
    let minimum = own(group.agent);
    const engine = !strict && group.engine ? own(group.engine) : null;
    if (engine !== null && (minimum === null || engine < minimum)) minimum = engine;
    if (touch && group.touch) {
      const other = own(group.touch);
      minimum = minimum === null || other === null ? null : Math.max(minimum, other);
    }
    return minimum === null ? NEVER : minimum;
  };
  const flat = (touch: boolean): number[] => GATE_RECIPE.map((group) => bound(group, touch));
  return [flat(false), flat(true)];
}
