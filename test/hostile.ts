import fc from 'fast-check';

/** How many generated inputs the property test runs (the README and SECURITY.md quote it). */
export const HOSTILE_RUNS = 100_000;

const TOKENS = ['Mozilla/5.0', '(Windows NT 10.0; Win64; x64)', 'AppleWebKit/537.36', '(KHTML, like Gecko)', 'Chrome/', 'Safari/537.36', 'Edg/', 'Edge/', 'Firefox/', 'rv:', 'Gecko/20100101', 'Version/', 'Mobile/15E148', 'CriOS/', 'FxiOS/', '; wv)', 'Trident/7.0', 'MSIE ', 'SamsungBrowser/', 'OPR/', 'Opera Mini/', 'KAIOS/', 'iPhone OS 18_6', 'Android 10', 'Googlebot/2.1', '+http://', ';', ')', '('];

/** Real user agents, mutated the ways forgers and broken clients do. */
function mutated(real: string[]) {
  const base = fc.constantFrom(...real);
  return fc.oneof(
    // Truncated anywhere.
    fc.tuple(base, fc.nat()).map(([ua, at]) => ua.slice(0, at % (ua.length + 1))),
    // Two tokens swapped.
    fc.tuple(base, fc.nat(), fc.nat()).map(([ua, a, b]) => {
      const parts = ua.split(' ');
      const i = a % parts.length;
      const j = b % parts.length;
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      return parts.join(' ');
    }),
    // Huge version numbers.
    fc.tuple(base, fc.constantFrom('99999999999999999999', '1'.repeat(300), '0.0.0.0.0.0.0', '-1', '1e308', 'NaN')).map(([ua, v]) => ua.replace(/\d+/g, v)),
    // A token repeated many times.
    fc.tuple(base, fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 400 })).map(([ua, token, n]) => ua + ' ' + (token + ' ').repeat(n)),
    // Random tokens glued together.
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(' ')),
  );
}

/** Random strings, random bytes, Unicode, mutated real user agents, and long repetitions (megabytes are tested apart). */
export function hostileUserAgent(real: string[]) {
  return fc.oneof(
    { arbitrary: fc.string({ maxLength: 600 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 600 }), weight: 2 },
    { arbitrary: fc.uint8Array({ maxLength: 600 }).map((bytes) => String.fromCharCode(...bytes)), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
    { arbitrary: mutated(real), weight: 6 },
    { arbitrary: fc.constantFrom('a', '(', '1.', ' ', 'Mozilla/5.0 (').map((s) => s.repeat(Math.ceil(20_000 / s.length))), weight: 1 },
  );
}

/** Megabyte user agents: the shapes that make naive regular expressions backtrack, far past the 512-character cut. */
export const MEGABYTE_USER_AGENTS = ['a', '(', '1.', ' ', ';', 'Mozilla/5.0 (', 'Chrome/1', 'bot'].map((s) => s.repeat(Math.ceil(1_000_000 / s.length)));
