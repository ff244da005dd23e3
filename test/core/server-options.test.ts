import { isDeepStrictEqual, inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OldBrowserNoticeError } from '../../src/errors';
import { readOptions } from '../../src/read-options';
import { readServerOptions, SERVER_OPTION_KINDS } from '../../src/server/option-rules';
import { hostileOptions } from '../hostile';

// The server's options are read on every request, by name (option-rules.ts) rather than by
// the generic reader's loop; what a caller gets back — the copy, or the one-line refusal —
// must be the generic reader's own, for any options at all.

const NAMES = Object.keys(SERVER_OPTION_KINDS);

/** What a reader gives for some options: the options read, or the message it refused them with. */
function outcome(read: () => unknown): unknown {
  try {
    return { read: read() };
  } catch (error) {
    return { refused: error instanceof OldBrowserNoticeError ? error.message : `not a refusal: ${String(error)}` };
  }
}

const generic = (options: unknown) => readOptions(options, SERVER_OPTION_KINDS, (message) => {
  throw new OldBrowserNoticeError(message);
});

describe('readServerOptions', () => {
  it('reads every option of the table once, in its order, and nothing else', () => {
    const reads: PropertyKey[] = [];
    const recorder = new Proxy({}, { get: (_, key) => (reads.push(key), undefined) });
    readServerOptions(recorder);
    expect(reads).toEqual(NAMES);
  });

  it('gives what the generic reader gives, for any options (getters, Proxies, wrong kinds, lists, dates)', () => {
    fc.assert(
      fc.property(hostileOptions([...NAMES, 'other']), (makeOptions) => {
        // Each reader gets its own: a getter may count its reads. Compared as node's
        // isDeepStrictEqual does, same references first: a copy may hold a Proxy whose traps throw.
        const byName = outcome(() => readServerOptions(makeOptions()));
        const byLoop = outcome(() => generic(makeOptions()));
        expect(isDeepStrictEqual(byName, byLoop), `${inspect(byName)} is not ${inspect(byLoop)}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a server’s everyday options as they are, and refuses the first wrong one in the table’s order', () => {
    const policy = { agents: { chrome: '120' } };
    const read = readServerOptions({ browsers: policy, strict: true, now: 0, maxTouchPoints: 5, cacheSize: 10, vary: false });
    expect(read).toEqual({ browsers: policy, strict: true, now: 0, maxTouchPoints: 5, cacheSize: 10, vary: false });
    // The policy is a copy, as every object option is: the caller may change theirs.
    expect(read.browsers).not.toBe(policy);
    const options = {
      strict: 'yes',
      get now(): number {
        throw new Error('later option');
      },
    };
    expect(outcome(() => readServerOptions(options))).toEqual({ refused: '`strict` must be of kind `boolean`, got `yes`.' });
    expect(outcome(() => readServerOptions({ get insecure(): boolean { throw new Error('x'); } }))).toEqual(outcome(() => generic({ get insecure(): boolean { throw new Error('x'); } })));
  });

  it('takes exactly one of string, number and boolean for every option (what it keeps without the generic reader)', () => {
    for (const name of NAMES) {
      const kinds = SERVER_OPTION_KINDS[name as keyof typeof SERVER_OPTION_KINDS].split(' ');
      expect(kinds.filter((kind) => kind === 'string' || kind === 'number' || kind === 'boolean')).toHaveLength(1);
    }
  });
});
