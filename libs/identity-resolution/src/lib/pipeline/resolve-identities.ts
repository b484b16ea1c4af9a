import { effectiveBlockingRules, type BlockingRule } from '../blocking/blocking-rule';
import { type BlockingRuleStats, type CandidatePairs, generateCandidatePairs } from '../blocking/generate-candidate-pairs';
import { clusterRecords, type ClusteringResult } from '../cluster/cluster-records';
import { buildComparisons, defaultComparisonSpecs } from '../compare/build-comparisons';
import { type Comparison } from '../compare/comparison';
import { comparisonPatterns } from '../model/comparison-patterns';
import { type FellegiSunterModel } from '../model/fellegi-sunter-model';
import { PairScorer } from '../model/pair-scorer';
import { type TrainingReport, trainModel } from '../model/train-model';
import { normaliseRecord } from '../normalise/normalise-record';
import { RecordTable } from '../record/record-table';
import { type NormalisedRecord, type SourceRecord } from '../record/source-record';
import { type ResolverConfig, type ResolverConfigInput, resolveConfig } from './resolver-config';

/** Blocking figures of a run. */
export interface BlockingReport {
  rules: BlockingRuleStats[];
  candidatePairs: number;
  totalPairs: number;
  /** 1 − candidate pairs / all pairs. */
  reductionRatio: number;
}

/** Everything a batch resolution produced; explanations read from it. */
export interface ResolutionResult {
  config: ResolverConfig;
  records: readonly NormalisedRecord[];
  table: RecordTable;
  comparisons: readonly Comparison[];
  /** The blocking rules used (store their keys for incremental resolution). */
  blockingRules: readonly BlockingRule[];
  model: FellegiSunterModel;
  /** Scorer over `table` (with the table's own term frequencies). */
  scorer: PairScorer;
  pairs: CandidatePairs;
  /** Match weight of each candidate pair. */
  pairWeights: Float64Array;
  blocking: BlockingReport;
  training: TrainingReport | null;
  clustering: ClusteringResult;
  /** Customer id of each record (`cus-<n>`, n = 1 + the cluster's smallest record index). */
  customerIds: string[];
  timingsMs: Record<string, number>;
}

/** Options of {@link resolveIdentities}. */
export interface ResolveOptions extends ResolverConfigInput {
  /** Score with this model instead of training one. */
  model?: FellegiSunterModel;
}

function identifierNamesOf(records: readonly NormalisedRecord[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record.identifiers)) names.add(name);
  return [...names].sort();
}

/**
 * Batch identity resolution: normalise, block, compare, train (or reuse) a Fellegi-Sunter
 * model, score the candidate pairs and cluster them into customers.
 */
export function resolveIdentities(sourceRecords: readonly SourceRecord[], options: ResolveOptions = {}): ResolutionResult {
  const config = resolveConfig(options);
  const timingsMs: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string): void => {
    const now = Date.now();
    timingsMs[name] = now - t;
    t = now;
  };
  const records = sourceRecords.map((r) => normaliseRecord(r, config.normalise));
  lap('normalise');
  const identifierNames = options.model ? [...options.model.identifierNames] : identifierNamesOf(records);
  const table = new RecordTable(records, identifierNames);
  const specs = options.model ? options.model.comparisons : (config.comparisons ?? defaultComparisonSpecs(identifierNames));
  const comparisons = buildComparisons(specs, table);
  lap('table');
  const blockingRules = effectiveBlockingRules(config.blockingRules, identifierNames);
  const pairs = generateCandidatePairs(records, blockingRules, config.maxBlockSize);
  const totalPairs = (records.length * (records.length - 1)) / 2;
  lap('blocking');
  const patterns = comparisonPatterns(table, comparisons, pairs);
  lap('compare');
  let model: FellegiSunterModel;
  let training: TrainingReport | null = null;
  if (options.model) model = options.model;
  else {
    const trained = trainModel(table, specs, comparisons, blockingRules, pairs, patterns, config.training);
    model = trained.model;
    training = trained.report;
  }
  lap('train');
  const scorer = new PairScorer(model, table, comparisons, options.model ? 'model' : 'table');
  const pairWeights = scorePairs(scorer, pairs, patterns.patternOfPair, patterns.levels);
  lap('score');
  const clustering = clusterRecords(records, scorer, pairs.pairA, pairs.pairB, pairWeights, pairs.count, config.deterministicRules, config.clustering);
  const customerIds = Array.from(clustering.clusterOf, (root) => `cus-${root + 1}`);
  lap('cluster');
  return {
    config,
    records,
    table,
    comparisons,
    blockingRules,
    model,
    scorer,
    pairs,
    pairWeights,
    blocking: {
      rules: pairs.stats,
      candidatePairs: pairs.count,
      totalPairs,
      reductionRatio: totalPairs > 0 ? 1 - pairs.count / totalPairs : 0,
    },
    training,
    clustering,
    customerIds,
    timingsMs,
  };
}

/**
 * Weights of all candidate pairs from their patterns: each pattern weighed once, plus the
 * per-record term-frequency adjustments for exact levels.
 */
function scorePairs(scorer: PairScorer, pairs: CandidatePairs, patternOfPair: Uint32Array, levels: Uint8Array): Float64Array {
  const k = scorer.comparisons.length;
  const patternCount = levels.length / k;
  const patternWeight = new Float64Array(patternCount);
  for (let p = 0; p < patternCount; p++) patternWeight[p] = scorer.weigh(levels, p * k, -1);
  const tfComparisons: number[] = [];
  for (let c = 0; c < k; c++) if (scorer.termProbabilities[c]) tfComparisons.push(c);
  const out = new Float64Array(pairs.count);
  for (let i = 0; i < pairs.count; i++) {
    const p = patternOfPair[i];
    let w = patternWeight[p];
    for (let t = 0; t < tfComparisons.length; t++) {
      const c = tfComparisons[t];
      if (levels[p * k + c] === 1) w += scorer.termAdjustment(c, pairs.pairA[i]);
    }
    out[i] = w;
  }
  return out;
}
