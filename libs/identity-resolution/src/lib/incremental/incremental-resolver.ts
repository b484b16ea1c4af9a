import { blockKeysFor } from '../blocking/block-keys-for';
import { type BlockingRule, effectiveBlockingRules } from '../blocking/blocking-rule';
import { isPersonalConflict, vetoesApply } from '../cluster/cluster-records';
import { deterministicKey } from '../cluster/deterministic-rule';
import { buildComparisons } from '../compare/build-comparisons';
import { type Comparison } from '../compare/comparison';
import { explainPair, type PairExplanation } from '../explain/explain-pair';
import { type FellegiSunterModel, weightToProbability } from '../model/fellegi-sunter-model';
import { PairScorer } from '../model/pair-scorer';
import { normaliseRecord } from '../normalise/normalise-record';
import { type ResolverConfig, type ResolverConfigInput, resolveConfig } from '../pipeline/resolver-config';
import { RecordTable } from '../record/record-table';
import { type NormalisedRecord, type SourceRecord } from '../record/source-record';

/** An existing identity fetched by block key, with the customer it belongs to. */
export interface IncrementalCandidate {
  customerId: string;
  record: NormalisedRecord;
}

/** How one candidate customer fared. */
export interface CandidateOutcome {
  customerId: string;
  /** Best match weight between the new record and the customer's candidates. */
  bestWeight: number;
  /** Mean evidence (weight without prior) over the customer's candidates. */
  meanEvidence: number;
  outcome: 'chosen' | 'rule' | 'below-threshold' | 'personal-conflict' | 'same-source' | 'weak-cluster-link' | 'outranked';
}

/** The decision for one new record, with its evidence. */
export interface IncrementalDecision {
  /** The existing customer the record belongs to, or null for a new customer. */
  customerId: string | null;
  matchWeight: number;
  probability: number;
  /** Deterministic rule that decided, if any. */
  rule: string | null;
  /** Waterfall against the best-matching existing record of the chosen (or best) customer. */
  evidence: PairExplanation | null;
  matchedRecord: { source: string; sourceId: string } | null;
  candidates: CandidateOutcome[];
}

/**
 * Resolves single new records against existing customers with a trained model: what the
 * gateway's `recordInteraction` and imports call for every incoming record. The data layer
 * stores {@link IncrementalResolver.blockKeysFor} per identity, fetches the identities that
 * share a key with the new record (ideally all identities of the customers found), and
 * passes them as candidates. Pure and synchronous; the comparisons are built once.
 */
export class IncrementalResolver {
  readonly config: ResolverConfig;
  private readonly comparisons: readonly Comparison[];
  private readonly vetoesOn: boolean;
  /** The blocking rules whose keys the data layer stores (defaults plus one per identifier). */
  readonly blockingRules: readonly BlockingRule[];

  constructor(
    readonly model: FellegiSunterModel,
    config: ResolverConfigInput = {},
  ) {
    this.config = resolveConfig(config);
    this.comparisons = buildComparisons(model.comparisons, new RecordTable([], model.identifierNames));
    this.blockingRules = effectiveBlockingRules(this.config.blockingRules, model.identifierNames);
    this.vetoesOn = vetoesApply(this.config.clustering, model.personalConflictRate);
  }

  /** Normalises a source record with the resolver's options. */
  normalise(record: SourceRecord): NormalisedRecord {
    return normaliseRecord(record, this.config.normalise);
  }

  /** Block keys to store for a record (`rule:key`, ≤ 160 characters each). */
  blockKeysFor(record: NormalisedRecord): string[] {
    return blockKeysFor(record, this.blockingRules);
  }

  /** Decides which existing customer `record` belongs to, or that it is a new one. */
  resolve(record: NormalisedRecord, candidates: readonly IncrementalCandidate[]): IncrementalDecision {
    const none: IncrementalDecision = {
      customerId: null,
      matchWeight: -Infinity,
      probability: 0,
      rule: null,
      evidence: null,
      matchedRecord: null,
      candidates: [],
    };
    if (candidates.length === 0) return none;
    const records: NormalisedRecord[] = [record];
    for (const c of candidates) records.push(c.record);
    const table = new RecordTable(records, this.model.identifierNames);
    const scorer = new PairScorer(this.model, table, this.comparisons, 'model');
    for (const rule of this.config.deterministicRules) {
      const key = deterministicKey(record, rule);
      if (key === null) continue;
      const hitIndex = candidates.findIndex((c) => deterministicKey(c.record, rule) === key);
      if (hitIndex >= 0) {
        const hit = candidates[hitIndex];
        return {
          ...none,
          customerId: hit.customerId,
          matchWeight: Infinity,
          probability: 1,
          rule: rule.name,
          evidence: explainPair(scorer, 0, hitIndex + 1),
          matchedRecord: { source: hit.record.source, sourceId: hit.record.sourceId },
          candidates: [{ customerId: hit.customerId, bestWeight: Infinity, meanEvidence: Infinity, outcome: 'rule' }],
        };
      }
    }
    const options = this.config.clustering;
    const unique = options.uniqueWithinSources.includes(record.source);
    const byCustomer = new Map<string, { best: number; bestIndex: number; sum: number; count: number; outcome: CandidateOutcome['outcome'] | null }>();
    for (let i = 0; i < candidates.length; i++) {
      const weight = scorer.score(0, i + 1);
      let entry = byCustomer.get(candidates[i].customerId);
      if (!entry) {
        entry = { best: -Infinity, bestIndex: i + 1, sum: 0, count: 0, outcome: null };
        byCustomer.set(candidates[i].customerId, entry);
      }
      if (weight > entry.best) {
        entry.best = weight;
        entry.bestIndex = i + 1;
      }
      entry.sum += weight - scorer.prior;
      entry.count++;
      if (entry.outcome !== null) continue;
      if (unique && candidates[i].record.source === record.source) entry.outcome = 'same-source';
      else if (this.vetoesOn && isPersonalConflict(scorer, options)) entry.outcome = 'personal-conflict';
    }
    let chosen: string | null = null;
    let chosenWeight = -Infinity;
    const outcomes: CandidateOutcome[] = [];
    for (const [customerId, entry] of byCustomer) {
      const meanEvidence = entry.sum / entry.count;
      let outcome = entry.outcome;
      if (outcome === null && entry.best < options.matchWeightThreshold) outcome = 'below-threshold';
      if (outcome === null && meanEvidence < options.clusterWeightThreshold) outcome = 'weak-cluster-link';
      if (outcome === null && entry.best > chosenWeight) {
        chosen = customerId;
        chosenWeight = entry.best;
      }
      outcomes.push({ customerId, bestWeight: entry.best, meanEvidence, outcome: outcome ?? 'outranked' });
    }
    let best = chosen;
    if (best === null) {
      // Report the strongest candidate's evidence even when the record starts a new customer.
      let top = -Infinity;
      for (const [customerId, entry] of byCustomer) if (entry.best > top) [top, best] = [entry.best, customerId];
    }
    for (const o of outcomes) if (o.customerId === chosen) o.outcome = 'chosen';
    const entry = byCustomer.get(best as string);
    const evidence = entry ? explainPair(scorer, 0, entry.bestIndex) : null;
    const matched = entry ? candidates[entry.bestIndex - 1].record : null;
    return {
      customerId: chosen,
      matchWeight: entry ? entry.best : -Infinity,
      probability: entry ? weightToProbability(entry.best) : 0,
      rule: null,
      evidence,
      matchedRecord: matched ? { source: matched.source, sourceId: matched.sourceId } : null,
      candidates: outcomes,
    };
  }
}
