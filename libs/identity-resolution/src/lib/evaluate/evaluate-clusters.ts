/** Pairwise quality of a clustering against the truth. */
export interface PairwiseEvaluation {
  truePositives: number;
  predictedPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
  predictedClusters: number;
  trueClusters: number;
  records: number;
}

function pairsIn(size: number): number {
  return (size * (size - 1)) / 2;
}

/**
 * Pairwise precision, recall and F1 of predicted clusters against true ones (equal-length
 * label arrays). Counted from cluster sizes and their intersections, never pair by pair.
 */
export function evaluateClusters(predicted: readonly string[], truth: readonly string[]): PairwiseEvaluation {
  if (predicted.length !== truth.length) throw new RangeError('predicted and truth labels differ in length');
  const predictedSizes = new Map<string, number>();
  const trueSizes = new Map<string, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    predictedSizes.set(predicted[i], (predictedSizes.get(predicted[i]) ?? 0) + 1);
    trueSizes.set(truth[i], (trueSizes.get(truth[i]) ?? 0) + 1);
    const key = `${predicted[i]}\u0000${truth[i]}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let truePositives = 0;
  for (const size of both.values()) truePositives += pairsIn(size);
  let predictedPairs = 0;
  for (const size of predictedSizes.values()) predictedPairs += pairsIn(size);
  let truePairs = 0;
  for (const size of trueSizes.values()) truePairs += pairsIn(size);
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  return {
    truePositives,
    predictedPairs,
    truePairs,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    predictedClusters: predictedSizes.size,
    trueClusters: trueSizes.size,
    records: predicted.length,
  };
}

/** Blocking quality: share of true pairs among the candidates (pairs completeness). */
export interface BlockingEvaluation {
  truePairs: number;
  truePairsFound: number;
  pairsCompleteness: number;
  reductionRatio: number;
}

/** Pairs completeness and reduction ratio of candidate pairs against true labels. */
export function evaluateBlocking(pairA: Uint32Array, pairB: Uint32Array, count: number, truth: readonly string[]): BlockingEvaluation {
  let found = 0;
  for (let p = 0; p < count; p++) if (truth[pairA[p]] === truth[pairB[p]]) found++;
  const sizes = new Map<string, number>();
  for (const t of truth) sizes.set(t, (sizes.get(t) ?? 0) + 1);
  let truePairs = 0;
  for (const size of sizes.values()) truePairs += pairsIn(size);
  const all = pairsIn(truth.length);
  return {
    truePairs,
    truePairsFound: found,
    pairsCompleteness: truePairs === 0 ? 1 : found / truePairs,
    reductionRatio: all === 0 ? 0 : 1 - count / all,
  };
}
