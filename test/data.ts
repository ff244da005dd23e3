import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Status } from '@lib/node';

/** One hand-checked user agent: the agent, version and statuses it must get (test/fixtures/user-agents.json). */
export interface Fixture {
  situation: string;
  ua: string;
  agent: string | null;
  version: string | null;
  explicit: Status;
  defaults: Status;
  strict?: Status;
}

export const FIXTURES: Fixture[] = JSON.parse(readFileSync(new URL('./fixtures/user-agents.json', import.meta.url), 'utf8'));

const require = createRequire(import.meta.url);

/** The `user-agents` package's 10,000 real user agents with their traffic weights. */
export const DATASET: Array<{ userAgent: string; weight: number }> = JSON.parse(
  readFileSync(join(dirname(require.resolve('user-agents')), 'user-agents.json'), 'utf8'),
);

/** Every distinct user agent of the dataset and the fixtures. */
export const ALL_USER_AGENTS: string[] = [...new Set([...DATASET.map((row) => row.userAgent), ...FIXTURES.map((fixture) => fixture.ua)])];
