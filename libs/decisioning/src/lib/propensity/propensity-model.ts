/**
 * Serialisable state of one Beta-Bernoulli propensity model (offer × channel, optionally × segment).
 * The prior is configuration, not state, so it can change without rewriting stored models.
 */
export interface PropensityModelState {
  positives: number;
  negatives: number;
  /**
   * Histograms of the propensity used at decision time, split by outcome, over AUC_BINS equal
   * bins of [0, 1]: enough to compute the model's AUC and small enough to store per model.
   */
  positiveScores: number[];
  negativeScores: number[];
  /** Epoch ms of the last update. */
  updatedAt: number;
}

export const AUC_BINS = 50;

export function emptyModelState(): PropensityModelState {
  return { positives: 0, negatives: 0, positiveScores: new Array<number>(AUC_BINS).fill(0), negativeScores: new Array<number>(AUC_BINS).fill(0), updatedAt: 0 };
}

/** The model's evidence and fit, as the catalog UI and the worker's report show them. */
export interface PropensityModelReport {
  key: string;
  offerId: string;
  channel: string;
  segment: string | null;
  /** Responses learned from (positives + negatives). */
  evidence: number;
  positives: number;
  negatives: number;
  /** Posterior mean propensity including the prior. */
  propensity: number;
  /** Area under the ROC curve of the propensities used against outcomes; null without both classes. */
  auc: number | null;
}
