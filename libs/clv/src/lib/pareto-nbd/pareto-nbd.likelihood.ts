import { type Objective, outsideParameterRange } from '../optimise/objective';
import { type CompressedRfm } from '../rfm/compress-rfm';
import { logAddExp, logSubExp } from '../special/log-add-exp';
import { logGamma } from '../special/log-gamma';
import { paretoNbdLogA0, paretoNbdLogA0Term } from './pareto-nbd.log-integral';
import { INFINITY, exp, isFiniteNumber, log } from '../common/fast-math';

/**
 * Per-customer Pareto/NBD log-likelihood (Fader & Hardie 2005, eq. 22):
 *   ℓ = ln Γ(r+x) − ln Γ(r) + r ln α + s ln β
 *       + ln[(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀]
 */
export function paretoNbdLogLikelihoodTerm(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
): number {
  const alive = -(r + x) * log(alpha + T) - s * log(beta + T);
  const died = log(s / (r + s + x)) + paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
  return logGamma(r + x) - logGamma(r) + r * log(alpha) + s * log(beta) + logAddExp(alive, died);
}

/**
 * −ℓ(ln r, ln α, ln s, ln β) over compressed data. The A₀ terms depend on (x, t) only, so each is
 * computed once per evaluation and shared by all triples with that frequency and recency or T.
 * No analytic gradient: ₂F₁'s parameter derivatives are not practical, so BFGS uses central
 * differences (8 extra evaluations per step, cheap on unique triples).
 */
export function paretoNbdNegativeLogLikelihood(data: CompressedRfm): Objective {
  const timeCount = data.times.length;
  const frequencyCount = data.frequencies.length;
  const perFrequency = new Float64Array(frequencyCount);
  // Lazily filled per evaluation: A₀ term of (frequency k, time j) at [k * timeCount + j].
  const useCache = frequencyCount * timeCount <= 4_000_000;
  const termCache = new Float64Array(useCache ? frequencyCount * timeCount : 0);
  return {
    dimension: 4,
    value(theta: Float64Array): number {
      if (outsideParameterRange(theta)) return INFINITY;
      const r = exp(theta[0]);
      const alpha = exp(theta[1]);
      const s = exp(theta[2]);
      const beta = exp(theta[3]);
      if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !isFiniteNumber(r + alpha + s + beta)) return INFINITY;
      const base = -logGamma(r) + r * log(alpha) + s * log(beta);
      for (let k = 0; k < frequencyCount; k++) perFrequency[k] = logGamma(r + data.frequencies[k]) + base;
      termCache.fill(NaN);
      const term = (k: number, j: number): number => {
        if (!useCache) return paretoNbdLogA0Term(r, alpha, s, beta, data.frequencies[k], data.times[j]);
        let value = termCache[k * timeCount + j];
        if (value !== value) {
          value = paretoNbdLogA0Term(r, alpha, s, beta, data.frequencies[k], data.times[j]);
          termCache[k * timeCount + j] = value;
        }
        return value;
      };
      let total = 0;
      for (let i = 0; i < data.tripleCount; i++) {
        const k = data.frequencyIndex[i];
        const x = data.frequency[i];
        const T = data.T[i];
        const alive = -(r + x) * log(alpha + T) - s * log(beta + T);
        const logA0 = logSubExp(term(k, data.recencyIndex[i]), term(k, data.TIndex[i]));
        const died = log(s / (r + s + x)) + logA0;
        total += data.weight[i] * (perFrequency[k] + logAddExp(alive, died));
      }
      return isFiniteNumber(total) ? -total : INFINITY;
    },
  };
}
