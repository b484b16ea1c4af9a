import { RapportError } from '@rapport/shared-util';
import { fitTabularRewardModel } from './fit-reward-model';
import { type LoggedAction, type OffPolicyReport, type PolicyValueEstimate, type RewardModel, type TargetPolicy } from './logged-action';
import { normalQuantile } from './normal-quantile';

export interface OffPolicyOptions {
  /** Default: fitTabularRewardModel on the same logs. */
  rewardModel?: RewardModel;
  /** Two-sided confidence level of the intervals (default 0.95). */
  confidence?: number;
}

/**
 * Estimates what `target` would have earned per decision from logs of another policy:
 *
 *   IPW    V = 1/n Σ w_i r_i,                   w_i = π(a_i|x_i) / μ(a_i|x_i)
 *   SNIPW  V = Σ w_i r_i / Σ w_i                (biased but far lower variance)
 *   DM     V = 1/n Σ Σ_a π(a|x_i) q(x_i, a)
 *   DR     V = 1/n Σ [ Σ_a π(a|x_i) q(x_i, a) + w_i (r_i − q(x_i, a_i)) ]
 *
 * Intervals are normal approximations: the sample standard error of the per-log terms for IPW,
 * DM and DR, and the delta method for SNIPW. They need enough logs with non-zero weight; the
 * effective sample size in the report says how many there really were.
 */
export function evaluatePolicyOffline(logs: readonly LoggedAction[], target: TargetPolicy, options: OffPolicyOptions = {}): OffPolicyReport {
  const n = logs.length;
  if (n === 0) throw new RapportError('BAD_USER_INPUT', 'offline evaluation needs at least one logged decision', 'logs');
  const z = normalQuantile(0.5 + (options.confidence ?? 0.95) / 2);
  const model = options.rewardModel ?? fitTabularRewardModel(logs);
  const weights = new Float64Array(n);
  const ipwTerms = new Float64Array(n);
  const dmTerms = new Float64Array(n);
  const drTerms = new Float64Array(n);
  const rewards = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const log = logs[i];
    if (!(log.selectionProbability > 0 && log.selectionProbability <= 1)) {
      throw new RapportError('BAD_USER_INPUT', `log ${i}: selectionProbability must be in (0, 1]`, 'selectionProbability');
    }
    let targetProbability = 0;
    let direct = 0;
    for (const [action, probability] of target(log)) {
      if (action === log.action) targetProbability += probability;
      if (probability > 0) direct += probability * model(log, action);
    }
    const w = targetProbability / log.selectionProbability;
    weights[i] = w;
    rewards[i] = log.reward;
    ipwTerms[i] = w * log.reward;
    dmTerms[i] = direct;
    drTerms[i] = direct + w * (log.reward - model(log, log.action));
  }
  const meanEstimate = (terms: Float64Array): PolicyValueEstimate => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += terms[i];
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (terms[i] - mean) ** 2;
    const se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;
    return { estimate: mean, standardError: se, lower: mean - z * se, upper: mean + z * se, n };
  };
  let sumW = 0;
  let sumW2 = 0;
  let sumWR = 0;
  let maxWeight = 0;
  for (let i = 0; i < n; i++) {
    sumW += weights[i];
    sumW2 += weights[i] * weights[i];
    sumWR += ipwTerms[i];
    if (weights[i] > maxWeight) maxWeight = weights[i];
  }
  const sn = sumW > 0 ? sumWR / sumW : 0;
  let snVariance = 0;
  for (let i = 0; i < n; i++) snVariance += (weights[i] * (rewards[i] - sn)) ** 2;
  const meanW = sumW / n;
  const snSe = meanW > 0 ? Math.sqrt(snVariance / n / n) / meanW : 0;
  return {
    logged: meanEstimate(rewards),
    ipw: meanEstimate(ipwTerms),
    snipw: { estimate: sn, standardError: snSe, lower: sn - z * snSe, upper: sn + z * snSe, n },
    dm: meanEstimate(dmTerms),
    dr: meanEstimate(drTerms),
    effectiveSampleSize: sumW2 > 0 ? (sumW * sumW) / sumW2 : 0,
    maxWeight,
  };
}
