import { Float64HashIndex } from './float64-hash-index';
import { type RfmSummary } from './rfm-summary';

/**
 * The summary reduced to its unique (x, t_x, T) triples with customer counts: the models'
 * likelihoods and predictions depend on nothing else, and real data (whole days, a few cohorts)
 * has far fewer triples than customers. Times and frequencies are further indexed into tables of
 * distinct values, so per-evaluation logarithms and Gamma functions are computed once per value.
 */
export interface CompressedRfm {
  readonly tripleCount: number;
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  /** Number of customers with this triple. */
  readonly weight: Float64Array;
  /** Distinct values of recency and T together. */
  readonly times: Float64Array;
  readonly recencyIndex: Uint32Array;
  readonly TIndex: Uint32Array;
  /** Distinct frequencies, and per frequency the total weight. */
  readonly frequencies: Float64Array;
  readonly frequencyWeight: Float64Array;
  readonly frequencyIndex: Uint32Array;
  /** For each customer of the original summary, its triple. */
  readonly customerTriple: Uint32Array;
}

/** Groups customers by (x, t_x, T); see {@link CompressedRfm}. */
export function compressRfm(summary: Pick<RfmSummary, 'frequency' | 'recency' | 'T'>): CompressedRfm {
  const n = summary.frequency.length;
  const timeIds = new Float64HashIndex(1024);
  const frequencyIds = new Float64HashIndex(64);
  const customerRecency = new Uint32Array(n);
  const customerT = new Uint32Array(n);
  const customerFrequency = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    customerRecency[i] = timeIds.idOf(summary.recency[i]);
    customerT[i] = timeIds.idOf(summary.T[i]);
    customerFrequency[i] = frequencyIds.idOf(summary.frequency[i]);
  }
  const timeCount = timeIds.size;
  // The three ids packed into one number identify the triple; exact while below 2^53.
  if (frequencyIds.size * timeCount * timeCount >= Number.MAX_SAFE_INTEGER) {
    throw new RangeError('compressRfm: too many distinct times to pack triples into one key');
  }
  const tripleIds = new Float64HashIndex(Math.min(n, 1 << 20));
  const customerTriple = new Uint32Array(n);
  const firstCustomer: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = tripleIds.size;
    const id = tripleIds.idOf((customerFrequency[i] * timeCount + customerRecency[i]) * timeCount + customerT[i]);
    if (id === before) firstCustomer.push(i);
    customerTriple[i] = id;
  }
  const tripleCount = tripleIds.size;
  const weight = new Float64Array(tripleCount);
  for (let i = 0; i < n; i++) weight[customerTriple[i]]++;
  const pick = <T extends Float64Array | Uint32Array>(target: T, source: ArrayLike<number>): T => {
    for (let k = 0; k < tripleCount; k++) target[k] = source[firstCustomer[k]];
    return target;
  };
  const frequencyIndex = pick(new Uint32Array(tripleCount), customerFrequency);
  const frequencyWeight = new Float64Array(frequencyIds.size);
  for (let k = 0; k < tripleCount; k++) frequencyWeight[frequencyIndex[k]] += weight[k];
  return {
    tripleCount,
    frequency: pick(new Float64Array(tripleCount), summary.frequency),
    recency: pick(new Float64Array(tripleCount), summary.recency),
    T: pick(new Float64Array(tripleCount), summary.T),
    weight,
    times: timeIds.distinctValues(),
    recencyIndex: pick(new Uint32Array(tripleCount), customerRecency),
    TIndex: pick(new Uint32Array(tripleCount), customerT),
    frequencies: frequencyIds.distinctValues(),
    frequencyWeight,
    frequencyIndex,
    customerTriple,
  };
}
