import { abs, exp, log } from '../common/fast-math';
import { logAddExp } from '../special/log-add-exp';
import { paretoNbdLogA0 } from './pareto-nbd.log-integral';
import { type ParetoNbdParameters } from './pareto-nbd.parameters';

/**
 * P(alive | x, t_x, T) = (α+T)^−(r+x) (β+T)^−s / [(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀]
 * (Fader & Hardie 2005 note, eq. 18), the "alive" share of the likelihood.
 */
export function paretoNbdProbabilityAlive(parameters: ParetoNbdParameters, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = parameters;
  const alive = -(r + x) * log(alpha + T) - s * log(beta + T);
  const died = log(s / (r + s + x)) + paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
  return exp(alive - logAddExp(alive, died));
}

/**
 * E[X(T, T + t) | x, t_x, T] = P(alive) × {@link paretoNbdExpectedPurchasesIfAlive} (Schmittlein et al. 1987).
 */
export function paretoNbdExpectedPurchases(
  parameters: ParetoNbdParameters,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  return paretoNbdExpectedPurchasesIfAlive(parameters, t, x, T) * paretoNbdProbabilityAlive(parameters, x, tx, T);
}

/**
 * Expected purchases in the next t periods given alive at T: (r+x)(β+T) / ((α+T)(s−1)) ·
 * [1 − ((β+T)/(β+T+t))^(s−1)]; at s = 1 the limit (r+x)(β+T)/(α+T) · ln((β+T+t)/(β+T)).
 */
export function paretoNbdExpectedPurchasesIfAlive(
  parameters: ParetoNbdParameters,
  t: number,
  x: number,
  T: number,
): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = parameters;
  const logGrowth = log((beta + T + t) / (beta + T));
  const shrink = abs(s - 1) < 1e-8 ? logGrowth : (1 - exp(-(s - 1) * logGrowth)) / (s - 1);
  return (((r + x) * (beta + T)) / (alpha + T)) * shrink;
}

/** E[X(t)] for a customer just acquired: rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]. */
export function paretoNbdExpectedPurchasesNewCustomer(parameters: ParetoNbdParameters, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = parameters;
  const logGrowth = log((beta + t) / beta);
  const shrink = abs(s - 1) < 1e-8 ? logGrowth : (1 - exp(-(s - 1) * logGrowth)) / (s - 1);
  return ((r * beta) / alpha) * shrink;
}
