import { RapportError } from '@rapport/shared-util';
import { DAYS_PER_UNIT, type TimeUnit } from '../rfm/rfm-summary';
import { DEFAULT_SEGMENT_RULES, type ValueSegmentRules } from './value-segment';

/** Per-customer inputs of the segment rules (parallel arrays). */
export interface SegmentInputs {
  readonly frequency: Float64Array;
  readonly T: Float64Array;
  readonly probabilityAlive: Float64Array;
  readonly clv: Float64Array;
  readonly unit: TimeUnit;
}

/**
 * Applies the segment rules of {@link ValueSegmentRules}; returns per customer the index into
 * VALUE_SEGMENTS, and the CLV threshold used for champions.
 * @throws RapportError BAD_USER_INPUT for thresholds outside their ranges.
 */
export function assignValueSegments(
  inputs: SegmentInputs,
  overrides: Partial<ValueSegmentRules> = {},
): { segmentIndex: Uint8Array; championsMinClv: number } {
  const rules = { ...DEFAULT_SEGMENT_RULES, ...overrides };
  checkRules(rules);
  const n = inputs.frequency.length;
  const championsMinClv = rules.championsMinClv ?? quantile(inputs.clv, rules.championsClvQuantile);
  const newMaxAge = rules.newCustomerMaxAgeDays / DAYS_PER_UNIT[inputs.unit];
  const segmentIndex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = inputs.frequency[i];
    const alive = inputs.probabilityAlive[i];
    let segment: number;
    if (x === 0 && inputs.T[i] <= newMaxAge) segment = 0;
    else if (inputs.clv[i] >= championsMinClv && alive >= rules.championsMinProbabilityAlive) segment = 1;
    else if (x >= 1 && alive >= rules.loyalMinProbabilityAlive) segment = 2;
    else if (x >= 1 && alive >= rules.atRiskMinProbabilityAlive) segment = 3;
    else segment = 4;
    segmentIndex[i] = segment;
  }
  return { segmentIndex, championsMinClv };
}

/**
 * The q-quantile (the ⌊q·n⌋-th smallest value, no interpolation) by quickselect: O(n), where
 * sorting a million CLVs would dominate scoring.
 */
export function quantile(values: Float64Array, q: number): number {
  const n = values.length;
  if (n === 0) return Infinity;
  const work = Float64Array.from(values);
  const target = Math.min(n - 1, Math.floor(q * n));
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const pivot = work[(low + high) >>> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (work[i] < pivot) i++;
      while (work[j] > pivot) j--;
      if (i <= j) {
        const swap = work[i];
        work[i] = work[j];
        work[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return work[target];
  }
  return work[target];
}

function checkRules(rules: ValueSegmentRules): void {
  const probabilities: (keyof ValueSegmentRules)[] = [
    'championsClvQuantile',
    'championsMinProbabilityAlive',
    'loyalMinProbabilityAlive',
    'atRiskMinProbabilityAlive',
  ];
  for (const key of probabilities) {
    const value = rules[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new RapportError(
        'BAD_USER_INPUT',
        `segment rule ${key} must be between 0 and 1, got ${String(value)}`,
        key,
      );
    }
  }
  if (!(rules.newCustomerMaxAgeDays >= 0)) {
    throw new RapportError('BAD_USER_INPUT', `segment rule newCustomerMaxAgeDays must be ≥ 0`, 'newCustomerMaxAgeDays');
  }
}
