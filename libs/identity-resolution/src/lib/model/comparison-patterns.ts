import { type CandidatePairs } from '../blocking/generate-candidate-pairs';
import { type Comparison } from '../compare/comparison';
import { type RecordTable } from '../record/record-table';
import { LEVEL_STRIDE } from './pair-scorer';

/**
 * Comparison vectors of all candidate pairs, deduplicated: EM works on the few thousand
 * distinct patterns with their counts instead of millions of pairs.
 */
export interface ComparisonPatterns {
  /** Pattern index of each candidate pair. */
  patternOfPair: Uint32Array;
  /** Levels, pattern-major: `levels[p * comparisons + c]`. */
  levels: Uint8Array;
  count: number;
}

/** Computes every candidate pair's comparison vector and interns it. */
export function comparisonPatterns(table: RecordTable, comparisons: readonly Comparison[], pairs: CandidatePairs): ComparisonPatterns {
  const k = comparisons.length;
  const patternOfPair = new Uint32Array(pairs.count);
  const index = new Map<number, number>();
  let levels = new Uint8Array(1024 * k);
  let count = 0;
  const vector = new Uint8Array(k);
  for (let p = 0; p < pairs.count; p++) {
    const a = pairs.pairA[p];
    const b = pairs.pairB[p];
    let key = 0;
    for (let c = 0; c < k; c++) {
      const level = comparisons[c].compare(table, a, b);
      vector[c] = level;
      // Mixed radix in a double: exact up to 2^53, i.e. 17 comparisons of 8 levels.
      key = key * LEVEL_STRIDE + level;
    }
    let pattern = index.get(key);
    if (pattern === undefined) {
      pattern = count++;
      index.set(key, pattern);
      if (count * k > levels.length) {
        const grown = new Uint8Array(levels.length * 2);
        grown.set(levels);
        levels = grown;
      }
      levels.set(vector, pattern * k);
    }
    patternOfPair[p] = pattern;
  }
  return { patternOfPair, levels, count };
}
