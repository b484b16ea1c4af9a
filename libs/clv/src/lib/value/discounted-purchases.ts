import { pow } from '../common/fast-math';
import { DAYS_PER_UNIT, type TimeUnit } from '../rfm/rfm-summary';
import { type PurchaseModel } from './purchase-model';

/** Average calendar month in days (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** Horizon and discounting of a CLV. */
export interface ClvHorizon {
  /** Number of months ahead. Default 12. */
  readonly months?: number;
  /** Monthly discount rate, e.g. 0.01 for 1 % a month. Default 0.01. */
  readonly monthlyDiscountRate?: number;
  /** Time unit of the model's data. Default 'days'. */
  readonly unit?: TimeUnit;
}

/**
 * Σ_{i=1..months} (E[X(i months)] − E[X(i−1 months)]) / (1 + d)^i: the expected number of
 * purchases over the horizon, each month's purchases discounted to today (as lifetimes'
 * customer_lifetime_value). Multiplied by expected spend per purchase it is the CLV.
 */
export function discountedExpectedPurchases(
  model: PurchaseModel,
  x: number,
  tx: number,
  T: number,
  horizon: ClvHorizon = {},
): number {
  return model.probabilityAlive(x, tx, T) * discountedExpectedPurchasesIfAlive(model, x, T, horizon);
}

/** {@link discountedExpectedPurchases} given alive at T (independent of t_x, see PurchaseModel). */
export function discountedExpectedPurchasesIfAlive(
  model: PurchaseModel,
  x: number,
  T: number,
  horizon: ClvHorizon = {},
): number {
  const months = horizon.months ?? 12;
  const rate = horizon.monthlyDiscountRate ?? 0.01;
  const unitsPerMonth = DAYS_PER_MONTH / DAYS_PER_UNIT[horizon.unit ?? 'days'];
  let previous = 0;
  let total = 0;
  for (let month = 1; month <= months; month++) {
    const cumulative = model.expectedPurchasesIfAlive(month * unitsPerMonth, x, T);
    total += (cumulative - previous) / pow(1 + rate, month);
    previous = cumulative;
  }
  return total;
}

/** Discounted CLV of one customer: expected spend per purchase × discounted expected purchases. */
export function customerLifetimeValue(
  model: PurchaseModel,
  expectedSpend: number,
  x: number,
  tx: number,
  T: number,
  horizon: ClvHorizon = {},
): number {
  return expectedSpend * discountedExpectedPurchases(model, x, tx, T, horizon);
}
