import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate } from '@lib/node';
// Real-world user agents, each with the agent, version and status it must get.
import { FIXTURES } from '../data';

// The fixed policy the fixtures were written against. `defaults` is the one built
// into the package (caniuse-lite from the lockfile).
const EXPLICIT = compilePolicy(
  'chrome >= 120, edge >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, samsung >= 23, opera >= 106, ' +
    'op_mob >= 80, and_chr >= 120, and_ff >= 120, android >= 120, op_mini all',
);

describe(`${FIXTURES.length} user-agent fixtures`, () => {
  it('are at least 150, each a distinct situation', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(FIXTURES.map((fixture) => fixture.situation)).size).toBe(FIXTURES.length);
  });

  it.each(FIXTURES.map((fixture) => [fixture.situation, fixture] as const))('%s', (_situation, fixture) => {
    const explicit = evaluate(fixture.ua, { browsers: EXPLICIT });
    expect({ agent: explicit.agent, version: explicit.version, status: explicit.status }).toEqual({
      agent: fixture.agent,
      version: fixture.version,
      status: fixture.explicit,
    });
    expect(evaluate(fixture.ua).status).toBe(fixture.defaults);
    expect(evaluate(fixture.ua, { browsers: EXPLICIT, strict: true }).status).toBe(fixture.strict ?? fixture.explicit);
    expect(explicit.reason).toMatch(/\w/);
  });
});
