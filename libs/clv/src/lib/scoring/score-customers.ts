import { type GammaGammaFit } from '../gamma-gamma/gamma-gamma.fit';
import { type GammaGammaParameters } from '../gamma-gamma/gamma-gamma.parameters';
import { gammaGammaExpectedSpend } from '../gamma-gamma/gamma-gamma.predict';
import { compressRfm } from '../rfm/compress-rfm';
import { Float64HashIndex } from '../rfm/float64-hash-index';
import { type RfmSummary, type TimeUnit } from '../rfm/rfm-summary';
import { validateRfmSummary } from '../rfm/validate-rfm-summary';
import { assignValueSegments } from '../segments/assign-value-segments';
import { VALUE_SEGMENTS, type ValueSegmentRules } from '../segments/value-segment';
import { discountedExpectedPurchasesIfAlive } from '../value/discounted-purchases';
import { type PurchaseModel } from '../value/purchase-model';

/** What to predict when scoring. */
export interface ScoringOptions {
  readonly purchaseModel: PurchaseModel;
  /** The spend model; without it, expected spend is each customer's own mean (0 for x = 0). */
  readonly spend?: GammaGammaFit | { parameters: GammaGammaParameters };
  readonly unit: TimeUnit;
  /** Horizon of `expectedPurchases`, in the time unit. Default: 30.4375 days (one month). */
  readonly horizon?: number;
  readonly clvMonths?: number;
  readonly monthlyDiscountRate?: number;
  readonly segmentRules?: Partial<ValueSegmentRules>;
}

/** Per-customer predictions (parallel to the summary) and segments. */
export interface CustomerScores {
  readonly expectedPurchases: Float64Array;
  readonly probabilityAlive: Float64Array;
  readonly expectedSpend: Float64Array;
  readonly clv: Float64Array;
  /** Index into {@link segmentNames}. */
  readonly segmentIndex: Uint8Array;
  readonly segmentNames: typeof VALUE_SEGMENTS;
  /** The CLV threshold the champions rule used (report it; reuse it for other shards). */
  readonly championsMinClv: number;
}

/**
 * Scores every customer of a summary: expected purchases over the horizon, P(alive), expected spend,
 * discounted CLV and value segment. The ₂F₁-heavy expectations (one per CLV month) are computed
 * once per distinct (x, T), P(alive) once per unique (x, t_x, T) triple, and both scattered to
 * customers; spend and CLV are then a multiply per customer. This is what `rapport clv score` and the batch worker call.
 * @throws RapportError BAD_USER_INPUT for an invalid summary or segment rules.
 */
export function scoreCustomers(summary: RfmSummary, options: ScoringOptions): CustomerScores {
  validateRfmSummary(summary);
  const n = summary.frequency.length;
  const horizon = options.horizon ?? (options.unit === 'weeks' ? 30.4375 / 7 : 30.4375);
  const data = compressRfm(summary);
  const model = options.purchaseModel;
  const clvHorizon = {
    months: options.clvMonths,
    monthlyDiscountRate: options.monthlyDiscountRate,
    unit: options.unit,
  };
  // The ₂F₁-heavy "if alive" expectations depend on (x, T) only: compute them once per pair.
  const timeCount = data.times.length;
  const pairs = new Float64HashIndex(1024);
  const pairOfTriple = new Uint32Array(data.tripleCount);
  for (let k = 0; k < data.tripleCount; k++)
    pairOfTriple[k] = pairs.idOf(data.frequencyIndex[k] * timeCount + data.TIndex[k]);
  const pairExpected = new Float64Array(pairs.size);
  const pairDiscounted = new Float64Array(pairs.size);
  const pairDone = new Uint8Array(pairs.size);
  const tripleExpected = new Float64Array(data.tripleCount);
  const tripleAlive = new Float64Array(data.tripleCount);
  const tripleDiscounted = new Float64Array(data.tripleCount);
  for (let k = 0; k < data.tripleCount; k++) {
    const x = data.frequency[k];
    const T = data.T[k];
    const pair = pairOfTriple[k];
    if (!pairDone[pair]) {
      pairExpected[pair] = model.expectedPurchasesIfAlive(horizon, x, T);
      pairDiscounted[pair] = discountedExpectedPurchasesIfAlive(model, x, T, clvHorizon);
      pairDone[pair] = 1;
    }
    const alive = model.probabilityAlive(x, data.recency[k], T);
    tripleAlive[k] = alive;
    tripleExpected[k] = alive * pairExpected[pair];
    tripleDiscounted[k] = alive * pairDiscounted[pair];
  }
  const expectedPurchases = new Float64Array(n);
  const probabilityAlive = new Float64Array(n);
  const expectedSpend = new Float64Array(n);
  const clv = new Float64Array(n);
  const spendParameters = options.spend?.parameters;
  for (let i = 0; i < n; i++) {
    const k = data.customerTriple[i];
    const x = summary.frequency[i];
    const m = summary.monetaryValue[i];
    const spend = spendParameters ? gammaGammaExpectedSpend(spendParameters, x, m) : m;
    expectedPurchases[i] = tripleExpected[k];
    probabilityAlive[i] = tripleAlive[k];
    expectedSpend[i] = spend;
    clv[i] = spend * tripleDiscounted[k];
  }
  const { segmentIndex, championsMinClv } = assignValueSegments(
    { frequency: summary.frequency, T: summary.T, probabilityAlive, clv, unit: options.unit },
    options.segmentRules,
  );
  return {
    expectedPurchases,
    probabilityAlive,
    expectedSpend,
    clv,
    segmentIndex,
    segmentNames: VALUE_SEGMENTS,
    championsMinClv,
  };
}
