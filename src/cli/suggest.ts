/** Edit distance (insertions, deletions, substitutions, swaps of neighbours): how far a typo is from a name. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name closest to a mistyped one, when it is close enough to be what was meant
 * (at most a third of its letters off, at least one); else undefined.
 *
 * @example
 * ```ts
 * closest('--lnag', ['--lang', '--out']); // '--lang'
 * closest('biuld', ['build', 'check']); // 'build'
 * ```
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(typed.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined;
}

/** ` Did you mean \`x\`?` for a close name, else nothing: the tail of an error message. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const name = closest(typed, known);
  return name ? ` Did you mean \`${name}\`?` : '';
}
