import { type BlockingRule } from '../blocking/blocking-rule';
import { type ClusteringOptions, DEFAULT_CLUSTERING_OPTIONS } from '../cluster/cluster-records';
import { DEFAULT_DETERMINISTIC_RULES, type DeterministicRule } from '../cluster/deterministic-rule';
import { type ComparisonSpec } from '../compare/comparison';
import { type TrainingOptions, DEFAULT_TRAINING_OPTIONS } from '../model/train-model';
import { type NormaliseOptions } from '../normalise/normalise-record';

/** Everything a user may configure; every field has a default. Plain, serialisable data. */
export interface ResolverConfig {
  normalise: NormaliseOptions;
  /** Comparisons; default: every core attribute plus one per identifier column. */
  comparisons: readonly ComparisonSpec[] | null;
  /** Blocking rules; null = the defaults plus one rule per identifier column. */
  blockingRules: readonly BlockingRule[] | null;
  /** Blocks with more records are skipped (and reported). Default 100. */
  maxBlockSize: number;
  deterministicRules: readonly DeterministicRule[];
  clustering: ClusteringOptions;
  training: TrainingOptions;
}

/** Settings you may pass: any subset, nested objects merged over the defaults. */
export interface ResolverConfigInput {
  normalise?: NormaliseOptions;
  comparisons?: readonly ComparisonSpec[] | null;
  blockingRules?: readonly BlockingRule[];
  maxBlockSize?: number;
  deterministicRules?: readonly DeterministicRule[];
  clustering?: Partial<ClusteringOptions>;
  training?: Partial<TrainingOptions>;
}

/** Fills in the defaults. */
export function resolveConfig(input: ResolverConfigInput = {}): ResolverConfig {
  return {
    normalise: input.normalise ?? {},
    comparisons: input.comparisons ?? null,
    blockingRules: input.blockingRules ?? null,
    maxBlockSize: input.maxBlockSize ?? 100,
    deterministicRules: input.deterministicRules ?? DEFAULT_DETERMINISTIC_RULES,
    clustering: { ...DEFAULT_CLUSTERING_OPTIONS, ...input.clustering },
    training: { ...DEFAULT_TRAINING_OPTIONS, ...input.training },
  };
}
