import { abs, exp, log, log1p } from '../common/fast-math';
import { hypergeometric2F1 } from '../special/hypergeometric-2f1';
import { logBeta, logGamma } from '../special/log-gamma';
import { type BgNbdParameters } from './bg-nbd.parameters';

/**
 * P(alive | x, t_x, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))   (FHL 2005, eq. 13).
 * Evaluated in logs so that long-silent frequent buyers give 0, not Infinity/Infinity.
 */
export function bgNbdProbabilityAlive(parameters: BgNbdParameters, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = parameters;
  const logOdds = log(a) - log(b + x - 1) + (r + x) * (log(alpha + T) - log(alpha + tx));
  return 1 / (1 + exp(logOdds));
}

/**
 * E[X(T, T + t) | x, t_x, T]: expected purchases in the next t periods of a customer with this
 * history (FHL 2005, eq. 10), = P(alive) × {@link bgNbdExpectedPurchasesIfAlive}.
 */
export function bgNbdExpectedPurchases(
  parameters: BgNbdParameters,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  return bgNbdExpectedPurchasesIfAlive(parameters, t, x, T) * bgNbdProbabilityAlive(parameters, x, tx, T);
}

/**
 * Expected purchases in the next t periods given the customer is alive at T:
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))].
 * It does not depend on t_x, so scoring computes it once per (x, T) for all recencies.
 * At a = 1 the ratio is 0/0; there the mean of a = 1 ± 1e-5 is used (error O(1e-10)).
 */
export function bgNbdExpectedPurchasesIfAlive(parameters: BgNbdParameters, t: number, x: number, T: number): number {
  if (t <= 0) return 0;
  const { a } = parameters;
  if (abs(a - 1) < 1e-6) {
    return (
      0.5 *
      (bgNbdExpectedPurchasesIfAlive({ ...parameters, a: 1 + 1e-5 }, t, x, T) +
        bgNbdExpectedPurchasesIfAlive({ ...parameters, a: 1 - 1e-5 }, t, x, T))
    );
  }
  const { r, alpha, b } = parameters;
  const z = t / (alpha + T + t);
  const hypergeometric = hypergeometric2F1(r + x, b + x, a + b + x - 1, z, (alpha + T) / (alpha + T + t));
  // ((α+T)/(α+T+t))^(r+x) = (1 − z)^(r+x)
  const bracket = 1 - exp((r + x) * log1p(-z)) * hypergeometric;
  const expected = ((a + b + x - 1) / (a - 1)) * bracket;
  return expected > 0 ? expected : 0;
}

/** E[X(t)] for a customer just acquired (FHL 2005, eq. 9): (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))]. */
export function bgNbdExpectedPurchasesNewCustomer(parameters: BgNbdParameters, t: number): number {
  return bgNbdExpectedPurchases(parameters, t, 0, 0, 0);
}

/**
 * P(X(t) = n): probability that a customer just acquired makes exactly n repeat purchases in
 * (0, t] (FHL 2005, eq. 8).
 */
export function bgNbdPurchaseCountProbability(parameters: BgNbdParameters, t: number, n: number): number {
  const { r, alpha, a, b } = parameters;
  const logRatio = log(alpha / (alpha + t));
  const logZ = log(t / (alpha + t));
  const logBetaAB = logBeta(a, b);
  const logGammaR = logGamma(r);
  const nbdTerm = (j: number): number =>
    exp(logGamma(r + j) - logGammaR - logGamma(j + 1) + r * logRatio + (j > 0 ? j * logZ : 0));
  let probability = exp(logBeta(a, b + n) - logBetaAB) * nbdTerm(n);
  if (n > 0) {
    let cumulative = 0;
    for (let j = 0; j < n; j++) cumulative += nbdTerm(j);
    probability += exp(logBeta(a + 1, b + n - 1) - logBetaAB) * (1 - cumulative);
  }
  return probability;
}
