import { type HoldoutActuals } from '../rfm/summarise-transactions';
import { type RfmSummary } from '../rfm/rfm-summary';
import { type PurchaseModel } from './purchase-model';

/** How well a purchase model predicted the holdout period, against the naive baseline. */
export interface HoldoutComparison {
  readonly customers: number;
  readonly holdoutDuration: number;
  /** Mean absolute error of the model's per-customer expected holdout purchases. */
  readonly modelMae: number;
  /** MAE of the naive prediction x/T × holdout duration (the calibration purchase rate carried forward). */
  readonly baselineMae: number;
  readonly predictedTotal: number;
  readonly baselineTotal: number;
  readonly actualTotal: number;
}

/** Compares predicted and actual holdout purchases per customer (see {@link HoldoutComparison}). */
export function compareHoldout(
  model: PurchaseModel,
  calibration: RfmSummary,
  holdout: HoldoutActuals,
): HoldoutComparison {
  const n = calibration.frequency.length;
  let modelError = 0;
  let baselineError = 0;
  let predictedTotal = 0;
  let baselineTotal = 0;
  let actualTotal = 0;
  const expectedByTriple = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const x = calibration.frequency[i];
    const tx = calibration.recency[i];
    const T = calibration.T[i];
    const key = `${x}|${tx}|${T}`;
    let predicted = expectedByTriple.get(key);
    if (predicted === undefined) {
      predicted = model.expectedPurchases(holdout.duration, x, tx, T);
      expectedByTriple.set(key, predicted);
    }
    const baseline = T > 0 ? (x / T) * holdout.duration : 0;
    const actual = holdout.frequency[i];
    modelError += Math.abs(predicted - actual);
    baselineError += Math.abs(baseline - actual);
    predictedTotal += predicted;
    baselineTotal += baseline;
    actualTotal += actual;
  }
  return {
    customers: n,
    holdoutDuration: holdout.duration,
    modelMae: modelError / n,
    baselineMae: baselineError / n,
    predictedTotal,
    baselineTotal,
    actualTotal,
  };
}
