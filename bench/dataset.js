// The `user-agents` dataset: 10,000 real user agents with traffic weights.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ userAgent: string, weight: number }[]} */
export function loadDataset() {
  const dir = dirname(require.resolve('user-agents'));
  return JSON.parse(readFileSync(join(dir, 'user-agents.json'), 'utf8'));
}
