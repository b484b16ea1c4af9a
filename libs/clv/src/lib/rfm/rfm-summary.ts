/** Time unit of recency, T and horizons. CDNOW uses weeks; the platform defaults to days. */
export type TimeUnit = 'days' | 'weeks';

/** Days per time unit. */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7 };

/**
 * Per-customer RFM summary as parallel typed arrays (struct of arrays, so a million customers is
 * four contiguous buffers, not a million objects). Index i is the same customer everywhere.
 */
export interface RfmSummary {
  /** x: number of repeat purchases (distinct purchase periods after the first). */
  readonly frequency: Float64Array;
  /** t_x: time from the first to the last purchase; 0 when x = 0. */
  readonly recency: Float64Array;
  /** T: time from the first purchase to the end of the calibration period. */
  readonly T: Float64Array;
  /** Mean value of the repeat purchases (first purchase excluded); 0 when x = 0. */
  readonly monetaryValue: Float64Array;
  /** Customer ids in the same order, when the summary came from transactions. */
  readonly customerIds?: readonly string[];
}

/** One customer's summary as a plain object, for callers with few customers. */
export interface RfmRow {
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  readonly monetaryValue?: number;
}

/** Packs plain rows into an {@link RfmSummary} (monetaryValue 0 where missing). */
export function rfmSummaryFromRows(rows: readonly RfmRow[], customerIds?: readonly string[]): RfmSummary {
  const n = rows.length;
  const summary = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryValue: new Float64Array(n),
    customerIds,
  };
  rows.forEach((row, i) => {
    summary.frequency[i] = row.frequency;
    summary.recency[i] = row.recency;
    summary.T[i] = row.T;
    summary.monetaryValue[i] = row.monetaryValue ?? 0;
  });
  return summary;
}

/** Number of customers in a summary. */
export function customerCount(summary: RfmSummary): number {
  return summary.frequency.length;
}
