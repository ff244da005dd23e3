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

/**
 * Draws user agents as traffic would bring them, by the dataset's weights, from a
 * fixed seed so that every run draws the same ones. `random` is the same generator,
 * for other choices that must repeat too.
 */
export function weightedSampler(rows, seed = 42) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cumulative = [];
  let sum = 0;
  for (const row of rows) cumulative.push((sum += row.weight));
  const next = () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return rows[low].userAgent;
  };
  return { next, random };
}
