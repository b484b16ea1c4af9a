import { type ComparisonSpec } from '../compare/comparison';

/** Learnt parameters of one comparison; arrays are indexed by level 1…L (position 0 = level 1). */
export interface ComparisonParameters {
  name: string;
  levels: readonly string[];
  /** P(level | match). */
  m: readonly number[];
  /** P(level | non-match), from random pairs. */
  u: readonly number[];
}

/** Value frequencies of one column, for term-frequency adjustments. */
export interface TermFrequencyTable {
  /** P(value) among records holding a value, for values seen at least twice (capped). */
  values: Readonly<Record<string, number>>;
  /** Probability used for any other value (one occurrence in the training data). */
  defaultProbability: number;
}

/**
 * A trained Fellegi-Sunter model: plain, serialisable data. Store it beside the customers
 * so incremental resolution scores new records exactly as the batch did.
 */
export interface FellegiSunterModel {
  version: 1;
  comparisons: readonly ComparisonSpec[];
  /** Identifier columns, in table order. */
  identifierNames: readonly string[];
  parameters: readonly ComparisonParameters[];
  /** Prior probability that two random records are the same person. */
  matchProbability: number;
  /** Term frequencies by column name. */
  termFrequencies: Readonly<Record<string, TermFrequencyTable>>;
  /**
   * Among candidate pairs with strong shared evidence (address, surname, landline…), the
   * share whose personal evidence conflicts. High in data with households (different people
   * under one roof), near zero where such conflicts are only corruption (FEBRL); clustering
   * in `auto` veto mode enforces personal-conflict vetoes only when it is high.
   */
  personalConflictRate: number;
  /** Records the model was trained on (for reporting). */
  trainedOn: number;
}

/** log2 of the prior odds of a match, the starting bar of every waterfall. */
export function priorWeight(model: FellegiSunterModel): number {
  const p = model.matchProbability;
  return Math.log2(p / (1 - p));
}

/** Converts a match weight (log2 odds, prior included) to a probability. */
export function weightToProbability(weight: number): number {
  if (weight === Infinity) return 1;
  return 1 / (1 + Math.pow(2, -weight));
}
