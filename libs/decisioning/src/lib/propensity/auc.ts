/**
 * AUC from two score histograms over the same bins (Mann-Whitney: the probability that a random
 * positive scored above a random negative, ties counted half). Null when either class is empty.
 */
export function aucFromHistograms(positives: ArrayLike<number>, negatives: ArrayLike<number>): number | null {
  let totalPositives = 0;
  let totalNegatives = 0;
  for (let i = 0; i < positives.length; i++) totalPositives += positives[i];
  for (let i = 0; i < negatives.length; i++) totalNegatives += negatives[i];
  if (totalPositives === 0 || totalNegatives === 0) return null;
  let negativesBelow = 0;
  let concordant = 0;
  for (let i = 0; i < positives.length; i++) {
    concordant += positives[i] * (negativesBelow + negatives[i] / 2);
    negativesBelow += negatives[i];
  }
  return concordant / (totalPositives * totalNegatives);
}
