import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../data';
import { hostileUserAgent } from '../hostile';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

describe('check --json on hostile input', () => {
  it('prints exactly one well-formed JSON object per input line, in order, and exits 0', () => {
    // Lines cannot hold line breaks: drop them from the generated user agents.
    const lines = fc
      .sample(hostileUserAgent(FIXTURES.map((fixture) => fixture.ua)), { numRuns: 3000, seed: 7 })
      .map((ua) => ua.replace(/[\r\n]/g, ''));
    const input = lines.join('\n') + '\n';
    const result = spawnSync(process.execPath, [BIN, 'check', '--json', '--browsers', 'defaults'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(result.status).toBe(0);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    for (const line of out) {
      const verdict = JSON.parse(line);
      expect(['supported', 'outdated', 'unsupported', 'unknown', 'bot']).toContain(verdict.status);
      expect(typeof verdict.reason).toBe('string');
    }
    // Empty lines and whitespace-only lines are valid inputs: `unknown`.
    lines.forEach((ua, i) => {
      if (!/\S/.test(ua)) expect(JSON.parse(out[i]!).status).toBe('unknown');
    });
  }, 60_000);
});
