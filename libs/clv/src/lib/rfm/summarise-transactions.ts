import { RapportError } from '@rapport/shared-util';
import { requireCalendarDay, parseCalendarDay } from './calendar-day';
import { DAYS_PER_UNIT, type RfmSummary, type TimeUnit } from './rfm-summary';
import { type Transaction } from './transaction';

/** How transactions become an RFM summary. */
export interface SummaryOptions {
  /** Last day of the calibration period (inclusive); T is measured to it. */
  readonly calibrationEnd: string | Date;
  /** Last day of the holdout period (inclusive); without it there is no holdout. */
  readonly observationEnd?: string | Date;
  /** Unit of recency, T and holdout duration. Default 'days'. */
  readonly unit?: TimeUnit;
  /**
   * The period within which several purchases count as one. 'day' (default, as in the CDNOW
   * files and lifetimes with freq='D') or 'week' (ISO weeks starting Monday; recency and T are
   * then whole weeks, as lifetimes with freq='W').
   */
  readonly purchasePeriod?: 'day' | 'week';
}

/** Holdout-period actuals for the customers of a calibration summary (same order). */
export interface HoldoutActuals {
  /** Distinct purchase periods in the holdout. */
  readonly frequency: Float64Array;
  /** Mean value of a holdout purchase period; 0 when there was none. */
  readonly monetaryValue: Float64Array;
  /** Length of the holdout in the summary's unit. */
  readonly duration: number;
}

/** A calibration summary and, when an observation end was given, the holdout actuals. */
export interface CalibrationHoldout {
  readonly calibration: RfmSummary;
  readonly holdout?: HoldoutActuals;
  readonly unit: TimeUnit;
}

/**
 * Builds per-customer RFM summaries from raw transactions, as in the BTYD literature: x = distinct
 * purchase periods after the first, t_x = first to last purchase, T = first purchase to calibration
 * end, monetary = mean value of the repeat periods (amounts in one period added first, the first
 * period excluded). Customers whose first purchase is after the calibration end are left out;
 * transactions after the observation end are ignored.
 *
 * @throws RapportError BAD_USER_INPUT naming the transaction (1-based) and field for unparseable
 *   dates and negative or non-numeric amounts, and for an observation end before the calibration end.
 */
export function summariseTransactions(
  transactions: readonly Transaction[],
  options: SummaryOptions,
): CalibrationHoldout {
  const unit = options.unit ?? 'days';
  const weekly = options.purchasePeriod === 'week';
  const daysPerPeriod = weekly ? 7 : 1;
  const unitsPerPeriod = daysPerPeriod / DAYS_PER_UNIT[unit];
  const calibrationEndDay = requireCalendarDay(options.calibrationEnd, 'calibrationEnd');
  const observationEndDay =
    options.observationEnd === undefined ? undefined : requireCalendarDay(options.observationEnd, 'observationEnd');
  if (observationEndDay !== undefined && observationEndDay < calibrationEndDay) {
    throw new RapportError('BAD_USER_INPUT', 'observationEnd is before calibrationEnd', 'observationEnd');
  }
  if (transactions.length === 0) throw new RapportError('BAD_USER_INPUT', 'there are no transactions', 'transactions');
  // Periods are counted from a Monday (1970-01-05 is day 4) so that weekly periods are ISO weeks.
  const periodOf = (day: number): number => (weekly ? Math.floor((day - 4) / 7) : day);
  const lastPeriod = periodOf(observationEndDay ?? calibrationEndDay);
  const calibrationEndPeriod = periodOf(calibrationEndDay);

  // Bucket transactions by customer (first appearance order), then sort each bucket by period.
  const customerIndex = new Map<string, number>();
  const customerOfTransaction = new Uint32Array(transactions.length);
  const periodOfTransaction = new Float64Array(transactions.length);
  transactions.forEach((transaction, i) => {
    const where = `transaction ${i + 1}`;
    const day = parseCalendarDay(transaction.date);
    if (Number.isNaN(day)) {
      throw new RapportError(
        'BAD_USER_INPUT',
        `${where}: date "${String(transaction.date)}" is not a calendar date (expected YYYY-MM-DD)`,
        'date',
      );
    }
    if (typeof transaction.amount !== 'number' || !Number.isFinite(transaction.amount) || transaction.amount < 0) {
      throw new RapportError(
        'BAD_USER_INPUT',
        `${where}: amount must be a number ≥ 0, got ${String(transaction.amount)}`,
        'amount',
      );
    }
    let id = customerIndex.get(transaction.customerId);
    if (id === undefined) {
      id = customerIndex.size;
      customerIndex.set(transaction.customerId, id);
    }
    customerOfTransaction[i] = id;
    periodOfTransaction[i] = periodOf(day);
  });
  const customers = customerIndex.size;
  const start = new Uint32Array(customers + 1);
  for (let i = 0; i < transactions.length; i++) start[customerOfTransaction[i] + 1]++;
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const fill = start.slice(0, customers);
  const order = new Uint32Array(transactions.length);
  for (let i = 0; i < transactions.length; i++) order[fill[customerOfTransaction[i]]++] = i;

  const ids = Array.from(customerIndex.keys());
  const keptIds: string[] = [];
  const frequency: number[] = [];
  const recency: number[] = [];
  const T: number[] = [];
  const monetary: number[] = [];
  const holdoutFrequency: number[] = [];
  const holdoutMonetary: number[] = [];
  const periods: number[] = [];
  const amounts: number[] = [];
  for (let c = 0; c < customers; c++) {
    // Collapse this customer's transactions into (period, summed amount), sorted by period.
    const rows = Array.from(order.subarray(start[c], start[c + 1])).sort(
      (i, j) => periodOfTransaction[i] - periodOfTransaction[j],
    );
    periods.length = 0;
    amounts.length = 0;
    for (const i of rows) {
      const period = periodOfTransaction[i];
      if (period > lastPeriod) break;
      if (periods.length > 0 && periods[periods.length - 1] === period)
        amounts[amounts.length - 1] += transactions[i].amount;
      else {
        periods.push(period);
        amounts.push(transactions[i].amount);
      }
    }
    if (periods.length === 0 || periods[0] > calibrationEndPeriod) continue;
    const first = periods[0];
    let repeat = 0;
    let repeatSpend = 0;
    let last = first;
    let holdout = 0;
    let holdoutSpend = 0;
    for (let k = 1; k < periods.length; k++) {
      if (periods[k] <= calibrationEndPeriod) {
        repeat++;
        repeatSpend += amounts[k];
        last = periods[k];
      } else {
        holdout++;
        holdoutSpend += amounts[k];
      }
    }
    keptIds.push(ids[c]);
    frequency.push(repeat);
    recency.push((last - first) * unitsPerPeriod);
    // T from the first purchase day to the calibration end day, in periods.
    T.push((calibrationEndPeriod - first) * unitsPerPeriod);
    monetary.push(repeat > 0 ? repeatSpend / repeat : 0);
    holdoutFrequency.push(holdout);
    holdoutMonetary.push(holdout > 0 ? holdoutSpend / holdout : 0);
  }
  if (keptIds.length === 0) {
    throw new RapportError(
      'BAD_USER_INPUT',
      'no customer made a first purchase on or before the calibration end',
      'calibrationEnd',
    );
  }
  const calibration: RfmSummary = {
    frequency: Float64Array.from(frequency),
    recency: Float64Array.from(recency),
    T: Float64Array.from(T),
    monetaryValue: Float64Array.from(monetary),
    customerIds: keptIds,
  };
  if (observationEndDay === undefined) return { calibration, unit };
  return {
    calibration,
    unit,
    holdout: {
      frequency: Float64Array.from(holdoutFrequency),
      monetaryValue: Float64Array.from(holdoutMonetary),
      duration: (periodOf(observationEndDay) - calibrationEndPeriod) * unitsPerPeriod,
    },
  };
}
