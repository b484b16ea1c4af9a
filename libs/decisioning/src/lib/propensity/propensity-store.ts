import { RapportError } from '@rapport/shared-util';
import { aucFromHistograms } from './auc';
import { AUC_BINS, emptyModelState, type PropensityModelReport, type PropensityModelState } from './propensity-model';
import { type TrackedOutcome } from '../policies/tracked-outcome';

export interface PropensityConfig {
  /** Cold-start prior mean of every offer × channel model (default 0.05). */
  priorMean?: number;
  /** Pseudo-observations of the cold-start prior (default 2: weak, data takes over quickly). */
  priorStrength?: number;
  /** Learn a model per customer segment too (offer × channel × segment). */
  useSegments?: boolean;
  /**
   * Pseudo-observations a model takes from its parent's posterior mean (default 20; in the
   * simulator 20-40 beat 10 by 2-3 points of oracle reward, as channels rarely reorder offers). Models form
   * a tree: offer (all channels) → offer × segment (all channels) → offer × channel × segment,
   * or offer → offer × channel without a segment. A new channel or segment thus starts from what
   * the offer learned elsewhere instead of the global cold-start prior, and its own evidence
   * takes over after a few dozen responses.
   */
  backoffStrength?: number;
  /** Outcomes that count as a success; every other response counts as a failure. */
  positiveOutcomes?: readonly TrackedOutcome[];
  /** Outcomes that are no response yet and teach nothing (default impression, sent). */
  neutralOutcomes?: readonly TrackedOutcome[];
}

/** A posterior Beta(alpha, beta) and the model it came from. */
export interface Posterior {
  alpha: number;
  beta: number;
  key: string;
  evidence: number;
}

/** One outcome to learn from. */
export interface PropensityUpdate {
  offerId: string;
  channel: string;
  segment?: string | null;
  outcome: TrackedOutcome;
  /** The propensity the engine used when it chose the offer (feeds the AUC report). */
  propensityUsed?: number | null;
  at?: number;
}

/** What the models count as a success unless configured otherwise (lift reports count the same). */
export const DEFAULT_POSITIVE_OUTCOMES: readonly TrackedOutcome[] = ['accepted', 'clicked'];

/** Channel name of the models that pool every channel. */
export const ALL_CHANNELS = '*';

/** Key of a model in the model_states table. */
export function propensityModelKey(offerId: string, channel: string, segment?: string | null): string {
  return segment ? `propensity:${offerId}:${channel}:${segment}` : `propensity:${offerId}:${channel}`;
}

/**
 * Beta-Bernoulli propensity models per offer × channel (× segment), updated online. Mutable and
 * synchronous: the gateway and worker load states from model_states, decide, update and save
 * the changed states back (see `exportStates`). Updates are not idempotent on their own: callers
 * apply each outcome once (interactions carry an idempotency key for that).
 */
export class PropensityStore {
  readonly priorMean: number;
  readonly priorStrength: number;
  readonly useSegments: boolean;
  readonly backoffStrength: number;
  private readonly positive: ReadonlySet<TrackedOutcome>;
  private readonly neutral: ReadonlySet<TrackedOutcome>;
  private readonly models = new Map<string, PropensityModelState>();
  private readonly dirty = new Set<string>();
  /** Bumped on every change; lets the engine cache posteriors safely. */
  revision = 0;

  constructor(config: PropensityConfig = {}) {
    this.priorMean = config.priorMean ?? 0.05;
    this.priorStrength = config.priorStrength ?? 2;
    this.useSegments = config.useSegments ?? true;
    this.backoffStrength = config.backoffStrength ?? 20;
    this.positive = new Set(config.positiveOutcomes ?? DEFAULT_POSITIVE_OUTCOMES);
    this.neutral = new Set(config.neutralOutcomes ?? ['impression', 'sent']);
    if (!(this.priorMean > 0 && this.priorMean < 1) || !(this.priorStrength > 0) || !(this.backoffStrength > 0)) {
      throw new RapportError('BAD_USER_INPUT', 'propensity prior mean must be in (0, 1) and strengths > 0');
    }
  }

  /** The outcomes the models count as a success (the rest of the tracked ones, bar neutral, as a failure). */
  get positiveOutcomes(): TrackedOutcome[] {
    return [...this.positive];
  }

  /**
   * Posterior for an offer on a channel, refined by the segment's models when enabled. A child
   * borrows min(backoffStrength, parent's pseudo-observations) from its parent, so it is never
   * more confident than what it borrows from: early on, a parent with little evidence leaves the
   * child uncertain and exploring.
   */
  posterior(offerId: string, channel: string, segment?: string | null): Posterior {
    const k = this.backoffStrength;
    const offer = this.models.get(propensityModelKey(offerId, ALL_CHANNELS));
    let n = this.priorStrength + (offer?.positives ?? 0) + (offer?.negatives ?? 0);
    let mean = (this.priorStrength * this.priorMean + (offer?.positives ?? 0)) / n;
    const bySegment = this.useSegments && !!segment;
    if (bySegment) {
      const parent = this.models.get(propensityModelKey(offerId, ALL_CHANNELS, segment));
      const borrowed = Math.min(k, n);
      n = borrowed + (parent?.positives ?? 0) + (parent?.negatives ?? 0);
      mean = (borrowed * mean + (parent?.positives ?? 0)) / n;
    }
    const key = propensityModelKey(offerId, channel, bySegment ? segment : null);
    const leaf = this.models.get(key);
    const positives = leaf?.positives ?? 0;
    const negatives = leaf?.negatives ?? 0;
    const borrowed = Math.min(k, n);
    return { alpha: borrowed * mean + positives, beta: borrowed * (1 - mean) + negatives, key, evidence: positives + negatives };
  }

  /** True for outcomes that teach the model something. */
  isResponse(outcome: TrackedOutcome): boolean {
    return !this.neutral.has(outcome);
  }

  /** Learns from one outcome; returns false for outcomes that are not responses. */
  update(update: PropensityUpdate): boolean {
    if (!this.isResponse(update.outcome)) return false;
    const success = this.positive.has(update.outcome);
    this.apply(propensityModelKey(update.offerId, ALL_CHANNELS), success, update);
    this.apply(propensityModelKey(update.offerId, update.channel), success, update);
    if (this.useSegments && update.segment) {
      this.apply(propensityModelKey(update.offerId, ALL_CHANNELS, update.segment), success, update);
      this.apply(propensityModelKey(update.offerId, update.channel, update.segment), success, update);
    }
    this.revision++;
    return true;
  }

  private apply(key: string, success: boolean, update: PropensityUpdate): void {
    const state = this.modelFor(key);
    if (success) state.positives++;
    else state.negatives++;
    if (typeof update.propensityUsed === 'number' && Number.isFinite(update.propensityUsed)) {
      const bin = Math.min(AUC_BINS - 1, Math.max(0, Math.floor(update.propensityUsed * AUC_BINS)));
      (success ? state.positiveScores : state.negativeScores)[bin]++;
    }
    state.updatedAt = update.at ?? state.updatedAt;
    this.dirty.add(key);
  }

  /**
   * The live state object of a model, created empty on first use. The engine keeps these
   * references, so states are only ever mutated in place, never replaced.
   */
  modelFor(key: string): PropensityModelState {
    let state = this.models.get(key);
    if (!state) this.models.set(key, (state = emptyModelState()));
    return state;
  }

  /** Loads one stored model (a model_states row); unknown shapes are a typed error. */
  importState(key: string, state: unknown): void {
    if (!isModelState(state)) throw new RapportError('BAD_USER_INPUT', `model state ${key} is not a propensity model`, key);
    const target = this.modelFor(key);
    target.positives = state.positives;
    target.negatives = state.negatives;
    target.positiveScores = [...state.positiveScores];
    target.negativeScores = [...state.negativeScores];
    target.updatedAt = state.updatedAt;
    this.revision++;
  }

  /** States to persist: all of them, or only those changed since the last `markSaved()`. */
  exportStates(onlyChanged = false): Array<{ key: string; kind: 'propensity'; state: PropensityModelState }> {
    const keys = onlyChanged ? [...this.dirty] : [...this.models.keys()].filter((key) => this.hasEvidence(key));
    return keys.map((key) => ({ key, kind: 'propensity' as const, state: structuredCloneState(this.models.get(key) ?? emptyModelState()) }));
  }

  private hasEvidence(key: string): boolean {
    const state = this.models.get(key);
    return state !== undefined && state.positives + state.negatives > 0;
  }

  markSaved(): void {
    this.dirty.clear();
  }

  /** Evidence, propensity and AUC of every model; `pooled` adds one line across all models. */
  report(): PropensityModelReport[] {
    const reports: PropensityModelReport[] = [];
    for (const [key, state] of this.models) {
      if (state.positives + state.negatives === 0) continue;
      const [, offerId, channel, segment] = key.split(':');
      const posterior = this.posterior(offerId, channel, segment ?? null);
      reports.push({
        key,
        offerId,
        channel,
        segment: segment ?? null,
        evidence: state.positives + state.negatives,
        positives: state.positives,
        negatives: state.negatives,
        propensity: posterior.alpha / (posterior.alpha + posterior.beta),
        auc: aucFromHistograms(state.positiveScores, state.negativeScores),
      });
    }
    return reports.sort((a, b) => a.key.localeCompare(b.key));
  }

  /** AUC over the pooled (offer × channel) models together: how well propensities rank outcomes. */
  overallAuc(): number | null {
    const positives = new Array<number>(AUC_BINS).fill(0);
    const negatives = new Array<number>(AUC_BINS).fill(0);
    for (const [key, state] of this.models) {
      const parts = key.split(':');
      if (parts.length !== 3 || parts[2] === ALL_CHANNELS) continue;
      for (let i = 0; i < AUC_BINS; i++) {
        positives[i] += state.positiveScores[i];
        negatives[i] += state.negativeScores[i];
      }
    }
    return aucFromHistograms(positives, negatives);
  }
}

function structuredCloneState(state: PropensityModelState): PropensityModelState {
  return { ...state, positiveScores: [...state.positiveScores], negativeScores: [...state.negativeScores] };
}

function isModelState(value: unknown): value is PropensityModelState {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  const isCounts = (v: unknown): boolean => Array.isArray(v) && v.length === AUC_BINS && v.every((n) => typeof n === 'number' && n >= 0);
  return (
    typeof s.positives === 'number' &&
    s.positives >= 0 &&
    typeof s.negatives === 'number' &&
    s.negatives >= 0 &&
    isCounts(s.positiveScores) &&
    isCounts(s.negativeScores) &&
    typeof s.updatedAt === 'number'
  );
}
