import { type PairScorer } from '../model/pair-scorer';
import { type NormalisedRecord } from '../record/source-record';
import { type DeterministicRule, deterministicKey } from './deterministic-rule';

/** Thresholds of {@link clusterRecords}, all in bits (log2 odds, prior included). */
export interface ClusteringOptions {
  /** A pair links when its match weight reaches this (0 = probability 0.5). */
  matchWeightThreshold: number;
  /**
   * Two clusters merge only when the mean evidence (match weight without the prior) of their
   * cross pairs reaches this. Without the prior, a WhatsApp record (name + phone) and a
   * loyalty card (name + birth date) of one person share only the name, which is mild
   * positive evidence, while chained strangers disagree on what they both have.
   */
  clusterWeightThreshold: number;
  /**
   * A cross pair vetoes the merge when its personal evidence (given name, birth date,
   * email, ids) sums to this or less, or when one vetoing comparison (given name, birth
   * date, identifiers) alone weighs this or less: different first names or birth dates.
   */
  vetoWeight: number;
  /**
   * When personal-conflict vetoes apply: `always`, `never`, or `auto` (default): when the
   * model's {@link FellegiSunterModel.personalConflictRate} reaches `autoVetoMinRate`, i.e.
   * the data holds households rather than merely corrupted duplicates.
   */
  vetoMode: 'auto' | 'always' | 'never';
  /** Agreement (bits) on email or ids that overrides a single-comparison veto (a typo'd name with the same mailbox). */
  overrideWeight: number;
  autoVetoMinRate: number;
  /** Sources known to hold one record per person: two of their records never merge. */
  uniqueWithinSources: readonly string[];
  /** At most this many cross pairs are checked per merge (the largest clusters are sampled). */
  maxCrossPairs: number;
}

export const DEFAULT_CLUSTERING_OPTIONS: ClusteringOptions = {
  matchWeightThreshold: 0,
  clusterWeightThreshold: 0,
  vetoWeight: -3,
  vetoMode: 'auto',
  overrideWeight: 8,
  autoVetoMinRate: 0.05,
  uniqueWithinSources: [],
  maxCrossPairs: 400,
};

/** One accepted merge: the link that joined two clusters. */
export interface MergeRecord {
  a: number;
  b: number;
  /** Match weight of the linking pair (Infinity for deterministic rules). */
  weight: number;
  /** Mean evidence (weight without prior) of all checked cross pairs. */
  meanCrossWeight: number;
  reason: string;
}

/** A link that was refused, with the pair that caused it. */
export interface VetoRecord {
  a: number;
  b: number;
  weight: number;
  reason: 'personal-conflict' | 'same-source' | 'weak-cluster-link';
  /** The cross pair that conflicted (for `weak-cluster-link`, the linking pair). */
  conflictA: number;
  conflictB: number;
}

/** Clusters as a representative per record, plus the merge and veto log. */
export interface ClusteringResult {
  /** Smallest record index of each record's cluster. */
  clusterOf: Int32Array;
  merges: MergeRecord[];
  vetoes: VetoRecord[];
}

/**
 * Turns scored pairs into people. Deterministic rules link first. Then pairs are taken from
 * the strongest down, and two clusters merge only if every cross pair passes the checks:
 * no conflicting personal evidence (so a household sharing address and landline stays
 * apart even when each of them links to the shared phone record), no two records of a
 * one-record-per-person source, and a mean cross weight above the cluster threshold
 * (so one strong link cannot chain two otherwise unrelated groups).
 */
export function clusterRecords(
  records: readonly NormalisedRecord[],
  scorer: PairScorer,
  pairA: Uint32Array,
  pairB: Uint32Array,
  weights: Float64Array,
  pairCount: number,
  deterministicRules: readonly DeterministicRule[],
  options: ClusteringOptions,
): ClusteringResult {
  const n = records.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const members: (number[] | null)[] = new Array<number[] | null>(n);
  for (let i = 0; i < n; i++) members[i] = [i];
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const union = (ra: number, rb: number): void => {
    const ma = members[ra] as number[];
    const mb = members[rb] as number[];
    // Attach the smaller member list to the larger root.
    const [big, small, bigList, smallList] = ma.length >= mb.length ? [ra, rb, ma, mb] : [rb, ra, mb, ma];
    parent[small] = big;
    for (const x of smallList) bigList.push(x);
    members[small] = null;
  };
  const merges: MergeRecord[] = [];
  const vetoes: VetoRecord[] = [];

  for (const rule of deterministicRules) {
    const firstOfKey = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = deterministicKey(records[i], rule);
      if (key === null) continue;
      const first = firstOfKey.get(key);
      if (first === undefined) {
        firstOfKey.set(key, i);
        continue;
      }
      const ra = find(first);
      const rb = find(i);
      if (ra === rb) continue;
      union(ra, rb);
      merges.push({ a: first, b: i, weight: Infinity, meanCrossWeight: Infinity, reason: `rule:${rule.name}` });
    }
  }

  const uniqueSource = new Int32Array(n).fill(-1);
  if (options.uniqueWithinSources.length > 0) {
    for (let i = 0; i < n; i++) uniqueSource[i] = options.uniqueWithinSources.indexOf(records[i].source);
  }

  const vetoesOn = vetoesApply(options, scorer.model.personalConflictRate);
  const order = strongestFirst(weights, pairCount, options.matchWeightThreshold);
  for (let o = 0; o < order.length; o++) {
    const p = order[o];
    const a = pairA[p];
    const b = pairB[p];
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members[ra] as number[];
    const mb = members[rb] as number[];
    // Sample evenly when the cross product is too large; the linking pair is always included.
    const stepA = Math.max(1, Math.ceil((ma.length * mb.length) / options.maxCrossPairs / Math.max(1, mb.length)));
    let sum = 0;
    let checked = 0;
    let veto: VetoRecord | null = null;
    outer: for (let x = 0; x < ma.length; x += stepA) {
      const ix = ma[x];
      for (let y = 0; y < mb.length; y++) {
        const iy = mb[y];
        if (uniqueSource[ix] >= 0 && uniqueSource[ix] === uniqueSource[iy]) {
          veto = { a, b, weight: weights[p], reason: 'same-source', conflictA: ix, conflictB: iy };
          break outer;
        }
        const w = scorer.score(ix, iy);
        if (vetoesOn && isPersonalConflict(scorer, options)) {
          veto = { a, b, weight: weights[p], reason: 'personal-conflict', conflictA: ix, conflictB: iy };
          break outer;
        }
        sum += w - scorer.prior;
        checked++;
      }
    }
    if (!veto && checked > 0 && sum / checked < options.clusterWeightThreshold) {
      veto = { a, b, weight: weights[p], reason: 'weak-cluster-link', conflictA: a, conflictB: b };
    }
    if (veto) {
      vetoes.push(veto);
      continue;
    }
    union(ra, rb);
    merges.push({ a, b, weight: weights[p], meanCrossWeight: checked > 0 ? sum / checked : weights[p], reason: 'model' });
  }

  const clusterOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const list = members[i];
    if (!list) continue;
    let min = list[0];
    for (const x of list) if (x < min) min = x;
    for (const x of list) clusterOf[x] = min;
  }
  return { clusterOf, merges, vetoes };
}

/** Whether the pair last scored by `scorer` conflicts on personal attributes (see {@link ClusteringOptions.vetoWeight}). */
export function isPersonalConflict(scorer: PairScorer, options: Pick<ClusteringOptions, 'vetoWeight' | 'overrideWeight'>): boolean {
  if (scorer.lastPersonal <= options.vetoWeight) return true;
  return scorer.lastVetoWeight <= options.vetoWeight && scorer.lastOverride < options.overrideWeight;
}

/** Whether personal-conflict vetoes apply under `options` for a model with this conflict rate. */
export function vetoesApply(options: Pick<ClusteringOptions, 'vetoMode' | 'autoVetoMinRate'>, personalConflictRate: number): boolean {
  if (options.vetoMode === 'always') return true;
  if (options.vetoMode === 'never') return false;
  return personalConflictRate >= options.autoVetoMinRate;
}

/**
 * Indexes of pairs at or above `threshold`, strongest first. Packs (quantised weight, index)
 * into one double per pair so the native numeric sort does the work, not a JS comparator.
 */
function strongestFirst(weights: Float64Array, count: number, threshold: number): Uint32Array {
  let kept = 0;
  for (let p = 0; p < count; p++) if (weights[p] >= threshold) kept++;
  const keys = new Float64Array(kept);
  const INDEX_SPACE = 2 ** 28;
  let j = 0;
  for (let p = 0; p < count; p++) {
    const w = weights[p];
    if (w < threshold) continue;
    // 1/1024-bit resolution over ±4096 bits leaves 23 bits for the rank: 2^23 * 2^28 < 2^53.
    const clamped = Math.max(-4096, Math.min(4095, w));
    const q = Math.round((4096 - clamped) * 1024);
    keys[j++] = q * INDEX_SPACE + p;
  }
  keys.sort();
  const order = new Uint32Array(kept);
  for (let i = 0; i < kept; i++) order[i] = keys[i] % INDEX_SPACE;
  return order;
}
