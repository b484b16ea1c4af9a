import { RapportError } from '@rapport/shared-util';
import { type RfmSummary } from './rfm-summary';
import { isFiniteNumber, isInteger } from '../common/fast-math';

/** Slack for recency > T caused by rounding both to 2 decimals (as in the CDNOW files). */
const RECENCY_SLACK = 1e-9;

/**
 * Checks a summary before fitting: equal lengths, finite numbers, integer x ≥ 0,
 * 0 ≤ t_x ≤ T, t_x = 0 when x = 0, monetary ≥ 0. Throws a BAD_USER_INPUT {@link RapportError}
 * naming the first offending customer (1-based row) and field, so nothing downstream sees NaN.
 */
export function validateRfmSummary(summary: RfmSummary): void {
  const n = summary.frequency.length;
  if (n === 0) throw new RapportError('BAD_USER_INPUT', 'the summary has no customers', 'frequency');
  for (const field of ['recency', 'T', 'monetaryValue'] as const) {
    if (summary[field].length !== n) {
      throw new RapportError(
        'BAD_USER_INPUT',
        `${field} has ${summary[field].length} values but frequency has ${n}`,
        field,
      );
    }
  }
  for (let i = 0; i < n; i++) {
    const x = summary.frequency[i];
    const tx = summary.recency[i];
    const T = summary.T[i];
    const m = summary.monetaryValue[i];
    const where = `customer ${i + 1}${summary.customerIds ? ` (${summary.customerIds[i]})` : ''}`;
    if (!isFiniteNumber(x) || x < 0 || !isInteger(x)) fail(where, 'frequency', `must be a whole number ≥ 0, got ${x}`);
    if (!isFiniteNumber(tx) || tx < 0) fail(where, 'recency', `must be a number ≥ 0, got ${tx}`);
    if (!isFiniteNumber(T) || T < 0) fail(where, 'T', `must be a number ≥ 0, got ${T}`);
    if (tx > T + RECENCY_SLACK) fail(where, 'recency', `recency ${tx} is greater than T ${T}`);
    if (x === 0 && tx !== 0) fail(where, 'recency', `recency must be 0 when frequency is 0, got ${tx}`);
    if (!isFiniteNumber(m) || m < 0) fail(where, 'monetaryValue', `must be a number ≥ 0, got ${m}`);
  }
}

function fail(where: string, field: string, problem: string): never {
  throw new RapportError('BAD_USER_INPUT', `${where}: ${field} ${problem}`, field);
}
