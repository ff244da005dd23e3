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
  // mulberry32: 32-bit integer steps (Math.imul, >>>), so no precision is lost and the
  // period is 2^32; an LCG computed in doubles goes past 2^53 and cycles within thousands.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
