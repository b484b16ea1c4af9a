import { SeededRandom } from '@rapport/shared-util';
import { blockingRuleColumns, type BlockingRule } from '../blocking/blocking-rule';
import { type CandidatePairs, sharesBlock } from '../blocking/generate-candidate-pairs';
import { type Comparison, type ComparisonSpec } from '../compare/comparison';
import { type RecordTable } from '../record/record-table';
import { type ComparisonPatterns } from './comparison-patterns';
import { estimateM, type EmSession } from './estimate-m';
import { estimateU } from './estimate-u';
import { type FellegiSunterModel, type TermFrequencyTable } from './fellegi-sunter-model';
import { termFrequencyTable } from './term-frequencies';

/** Options of model training. */
export interface TrainingOptions {
  /** Random pairs drawn to estimate u. Default 30,000. */
  uSampleSize: number;
  emMaxIterations: number;
  /** Pseudo-counts of the m prior (see {@link estimateM}). Default 20. */
  priorStrength: number;
  /** Seed of the u sampler, so training is reproducible. */
  seed: number;
  /** Most values kept per term-frequency table. */
  termFrequencyMaxValues: number;
  /** EM sessions with fewer pairs are skipped. */
  minSessionPairs: number;
  /** Three-class EM with a household class (see {@link estimateM}). Default true. */
  householdClass: boolean;
  /** Shared evidence (bits) from which a pair counts as "same home" for the conflict rate. */
  sharedEvidenceBits: number;
  /** Personal evidence (bits) at or below which a pair counts as conflicting. */
  personalConflictBits: number;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  uSampleSize: 30_000,
  emMaxIterations: 30,
  priorStrength: 20,
  seed: 20240601,
  termFrequencyMaxValues: 50_000,
  minSessionPairs: 30,
  householdClass: true,
  sharedEvidenceBits: 15,
  personalConflictBits: -3,
};

/** What training did, for reports and explanations. */
export interface TrainingReport {
  sessions: { rule: string; pairs: number; matchFraction: number; householdFraction: number; iterations: number; excluded: string[] }[];
  /** Estimated number of matching pairs among all pairs. */
  expectedMatches: number;
  totalPairs: number;
}

/**
 * Trains a Fellegi-Sunter model: u from random pairs, m by EM in one session per blocking
 * rule (Splink's scheme: a session leaves out the comparisons its rule fixed, since blocking
 * made them agree), m pooled across sessions weighted by their expected matches, and the
 * prior from the largest session's expected match count over all pairs.
 */
export function trainModel(
  table: RecordTable,
  specs: readonly ComparisonSpec[],
  comparisons: readonly Comparison[],
  rules: readonly BlockingRule[],
  pairs: CandidatePairs,
  patterns: ComparisonPatterns,
  options: TrainingOptions,
): { model: FellegiSunterModel; report: TrainingReport } {
  const u = estimateU(table, comparisons, options.uSampleSize, new SeededRandom(options.seed));
  const k = comparisons.length;
  const sessions: EmSession[] = [];
  const report: TrainingReport = { sessions: [], expectedMatches: 0, totalPairs: (table.size * (table.size - 1)) / 2 };
  const counts = new Float64Array(patterns.count);
  for (let r = 0; r < rules.length; r++) {
    counts.fill(0);
    let inSession = 0;
    for (let p = 0; p < pairs.count; p++) {
      const first = pairs.pairRule[p];
      if (first === r || (first < r && sharesBlock(pairs, r, pairs.pairA[p], pairs.pairB[p]))) {
        counts[patterns.patternOfPair[p]]++;
        inSession++;
      }
    }
    if (inSession < options.minSessionPairs) continue;
    const fixed = new Set(blockingRuleColumns(rules[r]));
    const excluded = comparisons.map((c) => c.columns.some((column) => fixed.has(column)));
    const session = estimateM(comparisons, u, patterns.levels, counts, patterns.count, excluded, {
      maxIterations: options.emMaxIterations,
      priorStrength: options.priorStrength,
      tolerance: 1e-4,
      householdClass: options.householdClass,
    });
    sessions.push(session);
    report.sessions.push({
      rule: rules[r].name,
      pairs: inSession,
      matchFraction: session.matchFraction,
      householdFraction: session.householdFraction,
      iterations: session.iterations,
      excluded: comparisons.filter((_, c) => excluded[c]).map((c) => c.name),
    });
    report.expectedMatches = Math.max(report.expectedMatches, session.matchFraction * inSession);
  }
  const m = comparisons.map((comparison, c) => {
    let support = 0;
    const pooled = new Array<number>(comparison.levels.length).fill(0);
    for (const session of sessions) {
      const sm = session.m[c];
      if (!sm) continue;
      support += session.support[c];
      for (let l = 0; l < pooled.length; l++) pooled[l] += session.support[c] * sm[l];
    }
    return support > 0 ? pooled.map((x) => x / support) : [...comparison.priorM];
  });
  const termFrequencies: Record<string, TermFrequencyTable> = {};
  for (let c = 0; c < k; c++) {
    const column = comparisons[c].tfColumn;
    if (column >= 0) termFrequencies[table.columnNames[column]] = termFrequencyTable(table, column, options.termFrequencyMaxValues);
  }
  const expected = Math.max(report.expectedMatches, 1);
  const personalConflictRate = estimatePersonalConflictRate(comparisons, u, m, patterns, options);
  const model: FellegiSunterModel = {
    version: 1,
    comparisons: specs,
    identifierNames: table.identifierNames,
    parameters: comparisons.map((comparison, c) => ({ name: comparison.name, levels: comparison.levels, m: m[c], u: u[c] })),
    matchProbability: Math.min(0.5, Math.max(1e-12, expected / Math.max(1, report.totalPairs))),
    termFrequencies,
    personalConflictRate,
    trainedOn: table.size,
  };
  return { model, report };
}

/**
 * Share of candidate pairs with strong shared evidence whose personal evidence conflicts
 * (see {@link FellegiSunterModel.personalConflictRate}). Computed on patterns, without
 * term-frequency adjustments.
 */
function estimatePersonalConflictRate(
  comparisons: readonly Comparison[],
  u: readonly (readonly number[])[],
  m: readonly (readonly number[])[],
  patterns: ComparisonPatterns,
  options: TrainingOptions,
): number {
  const k = comparisons.length;
  const patternCount = new Float64Array(patterns.count);
  for (let p = 0; p < patterns.patternOfPair.length; p++) patternCount[patterns.patternOfPair[p]]++;
  let strong = 0;
  let conflicting = 0;
  for (let p = 0; p < patterns.count; p++) {
    let shared = 0;
    let personal = 0;
    let personalSeen = false;
    for (let c = 0; c < k; c++) {
      const level = patterns.levels[p * k + c];
      if (level === 0) continue;
      const w = Math.log2(m[c][level - 1] / u[c][level - 1]);
      if (comparisons[c].role === 'personal') {
        personal += w;
        personalSeen = true;
      } else shared += w;
    }
    if (shared < options.sharedEvidenceBits || !personalSeen) continue;
    strong += patternCount[p];
    if (personal <= options.personalConflictBits) conflicting += patternCount[p];
  }
  return strong > 0 ? conflicting / strong : 0;
}
