import { type SeededRandom } from '@rapport/shared-util';
import { type Comparison } from '../compare/comparison';
import { type RecordTable } from '../record/record-table';

/**
 * u-probabilities (P(level | non-match)) per comparison, from `sampleSize` uniformly random
 * record pairs; random pairs are almost all non-matches. Exact agreement on a single column is
 * rare and noisy in a sample, so it is computed exactly from the value counts:
 * Σ c(c−1) / (P(P−1)) over values, P the records holding a value. Every level gets a
 * half-count of smoothing so no u is zero.
 */
export function estimateU(
  table: RecordTable,
  comparisons: readonly Comparison[],
  sampleSize: number,
  random: SeededRandom,
): number[][] {
  const n = table.size;
  const counts = comparisons.map((c) => new Float64Array(c.levels.length + 1));
  if (n >= 2) {
    for (let s = 0; s < sampleSize; s++) {
      const a = Math.floor(random.next() * n);
      let b = Math.floor(random.next() * (n - 1));
      if (b >= a) b++;
      for (let c = 0; c < comparisons.length; c++) counts[c][comparisons[c].compare(table, a, b)]++;
    }
  }
  return comparisons.map((comparison, c) => {
    const levels = comparison.levels.length;
    const u = new Array<number>(levels).fill(0);
    const column = comparison.exactColumn;
    let startLevel = 1;
    let remaining = 1;
    if (column >= 0) {
      const present = table.presentCounts[column];
      let same = 0;
      for (const count of table.idCounts[column]) same += count * (count - 1);
      const exact = present >= 2 ? same / (present * (present - 1)) : 0;
      u[0] = Math.min(0.5, Math.max(exact, 0.5 / Math.max(1, present * present)));
      remaining = 1 - u[0];
      startLevel = 2;
    }
    let total = 0;
    for (let l = startLevel; l <= levels; l++) total += counts[c][l] + 0.5;
    for (let l = startLevel; l <= levels; l++) u[l - 1] = (remaining * (counts[c][l] + 0.5)) / total;
    return u;
  });
}
