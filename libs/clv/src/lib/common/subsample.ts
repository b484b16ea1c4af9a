import { type RfmSummary } from '../rfm/rfm-summary';
import { ceil, floor, max } from './fast-math';

/** Above this many customers the derivative-free start runs on a systematic subsample. */
export const SUBSAMPLE_THRESHOLD = 60_000;

/**
 * Every k-th customer, so that the Nelder-Mead start on a million customers costs what it costs on
 * sixty thousand; BFGS then finishes on the full data, so the estimate is the full-data MLE.
 */
export function systematicSubsample(
  summary: RfmSummary,
  size = SUBSAMPLE_THRESHOLD,
): RfmSummary & { readonly scale: number } {
  const n = summary.frequency.length;
  const stride = max(1, floor(n / size));
  const m = ceil(n / stride);
  const take = (source: Float64Array): Float64Array => {
    const out = new Float64Array(m);
    for (let j = 0; j < m; j++) out[j] = source[j * stride];
    return out;
  };
  return {
    scale: n / m,
    frequency: take(summary.frequency),
    recency: take(summary.recency),
    T: take(summary.T),
    monetaryValue: take(summary.monetaryValue),
  };
}
