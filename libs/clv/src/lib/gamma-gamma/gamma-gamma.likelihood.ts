import { exp, INFINITY, isFiniteNumber, log } from '../common/fast-math';
import { type Objective, outsideParameterRange } from '../optimise/objective';
import { digamma } from '../special/digamma';
import { logGamma } from '../special/log-gamma';

/** Returning customers' spend: x ≥ 1 repeat transactions with mean value m > 0. */
export interface SpendData {
  readonly frequency: Float64Array;
  readonly monetaryValue: Float64Array;
}

/**
 * −ℓ(ln p, ln q, ln γ) of the Gamma-Gamma model with its analytic gradient. Per customer:
 *   ℓ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + m x)
 * (the density of the mean m of x transactions). The Gamma terms are computed once per distinct x
 * and the data-only sums (Σ x ln m, Σ ln m, Σ x ln x) once; each evaluation costs one log per customer.
 */
export function gammaGammaNegativeLogLikelihood(data: SpendData): Objective {
  const n = data.frequency.length;
  const frequencyIds = new Map<number, number>();
  const frequencyIndex = new Uint32Array(n);
  const spend = new Float64Array(n); // m·x, total repeat spend
  let sumXLogM = 0;
  let sumLogM = 0;
  let sumXLogX = 0;
  for (let i = 0; i < n; i++) {
    const x = data.frequency[i];
    const m = data.monetaryValue[i];
    let id = frequencyIds.get(x);
    if (id === undefined) {
      id = frequencyIds.size;
      frequencyIds.set(x, id);
    }
    frequencyIndex[i] = id;
    spend[i] = m * x;
    sumXLogM += x * log(m);
    sumLogM += log(m);
    sumXLogX += x * log(x);
  }
  const frequencies = Float64Array.from(frequencyIds.keys());
  const frequencyWeight = new Float64Array(frequencies.length);
  for (let i = 0; i < n; i++) frequencyWeight[frequencyIndex[i]]++;

  const evaluate = (theta: Float64Array, gradient: Float64Array | null): number => {
    if (outsideParameterRange(theta)) return INFINITY;
    const p = exp(theta[0]);
    const q = exp(theta[1]);
    const gamma = exp(theta[2]);
    if (!(p > 0 && q > 0 && gamma > 0) || !isFiniteNumber(p + q + gamma)) return INFINITY;
    const logGammaValue = log(gamma);
    let total = n * (q * logGammaValue - logGamma(q)) + p * sumXLogM - sumLogM + p * sumXLogX;
    let dp = sumXLogM + sumXLogX;
    let dq = n * (logGammaValue - digamma(q));
    let dGamma = (n * q) / gamma;
    for (let k = 0; k < frequencies.length; k++) {
      const x = frequencies[k];
      const w = frequencyWeight[k];
      total += w * (logGamma(p * x + q) - logGamma(p * x));
      if (gradient) {
        const psiTotal = digamma(p * x + q);
        dp += w * x * (psiTotal - digamma(p * x));
        dq += w * psiTotal;
      }
    }
    for (let i = 0; i < n; i++) {
      const x = data.frequency[i];
      const shape = p * x + q;
      const scale = gamma + spend[i];
      total -= shape * log(scale);
      if (gradient) {
        const logScale = log(scale);
        dp -= x * logScale;
        dq -= logScale;
        dGamma -= shape / scale;
      }
    }
    if (gradient) {
      gradient[0] = -dp * p;
      gradient[1] = -dq * q;
      gradient[2] = -dGamma * gamma;
    }
    return isFiniteNumber(total) ? -total : INFINITY;
  };
  return {
    dimension: 3,
    value: (theta) => evaluate(theta, null),
    gradient: (theta, out) => evaluate(theta, out),
  };
}
