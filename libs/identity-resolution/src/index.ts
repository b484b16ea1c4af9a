/**
 * @rapport/identity-resolution — pure TypeScript identity resolution: normalise, block,
 * compare, score (Fellegi-Sunter), cluster, explain, and resolve single records
 * incrementally. No I/O: the worker and the gateway bring the data.
 */
export { CANONICAL_FIELDS, type CanonicalField, type NormalisedRecord, type SourceRecord } from './lib/record/source-record';
export { RecordTable, COLUMN } from './lib/record/record-table';

export { foldText, normaliseName, compactName } from './lib/normalise/normalise-name';
export { NICKNAME_GROUPS, areNicknameEquivalent, formalFirstName } from './lib/normalise/nicknames';
export { normaliseEmail, DEFAULT_EMAIL_PROVIDER_RULES, type EmailProviderRule } from './lib/normalise/normalise-email';
export { normalisePhone, type PhoneRegion } from './lib/normalise/normalise-phone';
export { normaliseAddressLine, normalisePostcode, STREET_ABBREVIATIONS, type NormalisedAddress } from './lib/normalise/normalise-address';
export { normaliseDate, dayNumber, type DateOrder } from './lib/normalise/normalise-date';
export { normaliseRecord, type NormaliseOptions } from './lib/normalise/normalise-record';

export { jaro, jaroWinkler } from './lib/strings/jaro-winkler';
export { damerauLevenshtein, isWithinOneEdit } from './lib/strings/damerau-levenshtein';
export { soundex } from './lib/strings/soundex';

export {
  DEFAULT_BLOCKING_RULES,
  blockingRuleColumns,
  effectiveBlockingRules,
  type BlockingRule,
  type BlockingKeyPart,
  type BlockingTransform,
} from './lib/blocking/blocking-rule';
export { blockKeysFor, blockKeyOf, MAX_BLOCK_KEY_LENGTH } from './lib/blocking/block-keys-for';
export { generateCandidatePairs, type CandidatePairs, type BlockingRuleStats } from './lib/blocking/generate-candidate-pairs';

export {
  type Comparison,
  type ComparisonKind,
  type ComparisonRole,
  type ComparisonSpec,
} from './lib/compare/comparison';
export { buildComparisons, defaultComparisonSpecs } from './lib/compare/build-comparisons';
export { isDayMonthSwap } from './lib/compare/date-comparison';

export {
  type FellegiSunterModel,
  type ComparisonParameters,
  type TermFrequencyTable,
  priorWeight,
  weightToProbability,
} from './lib/model/fellegi-sunter-model';
export { PairScorer } from './lib/model/pair-scorer';
export { trainModel, DEFAULT_TRAINING_OPTIONS, type TrainingOptions, type TrainingReport } from './lib/model/train-model';

export {
  clusterRecords,
  DEFAULT_CLUSTERING_OPTIONS,
  type ClusteringOptions,
  type ClusteringResult,
  type MergeRecord,
  type VetoRecord,
} from './lib/cluster/cluster-records';
export { DEFAULT_DETERMINISTIC_RULES, type DeterministicRule } from './lib/cluster/deterministic-rule';

export { explainPair, summariseExplanation, type PairExplanation, type ComparisonContribution } from './lib/explain/explain-pair';
export { explainCustomer, type CustomerExplanation, type CustomerMergeExplanation } from './lib/explain/explain-customer';

export { resolveConfig, type ResolverConfig, type ResolverConfigInput } from './lib/pipeline/resolver-config';
export { resolveIdentities, type ResolutionResult, type ResolveOptions, type BlockingReport } from './lib/pipeline/resolve-identities';

export {
  IncrementalResolver,
  type IncrementalCandidate,
  type IncrementalDecision,
  type CandidateOutcome,
} from './lib/incremental/incremental-resolver';

export {
  evaluateClusters,
  evaluateBlocking,
  type PairwiseEvaluation,
  type BlockingEvaluation,
} from './lib/evaluate/evaluate-clusters';

export { generateCustomerRecords, type SyntheticDataset, type SyntheticOptions } from './lib/datasets/generate-customer-records';
export { febrlRecords, febrlPersonId, type FebrlOptions } from './lib/datasets/febrl-records';
