import { type Objective, outsideParameterRange } from '../optimise/objective';
import { type CompressedRfm } from '../rfm/compress-rfm';
import { digamma } from '../special/digamma';
import { logGamma } from '../special/log-gamma';
import { INFINITY, exp, isFiniteNumber, log, log1p } from '../common/fast-math';

/**
 * −ℓ(ln r, ln α, ln a, ln b) of the BG/NBD model over compressed data, with its analytic gradient.
 *
 * Per customer (FHL 2005, eq. 6):
 *   ℓ = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *       + ln[(α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x)]
 * The Gamma and Beta terms depend on x only and ln(α+t) on t only, so they are computed once per
 * distinct value; the per-triple work is one exp and one log1p.
 */
export function bgNbdNegativeLogLikelihood(data: CompressedRfm): Objective {
  const frequencyCount = data.frequencies.length;
  const timeCount = data.times.length;
  const perFrequency = new Float64Array(frequencyCount);
  const logSecondTermConstant = new Float64Array(frequencyCount);
  const logTime = new Float64Array(timeCount);
  const inverseTime = new Float64Array(timeCount);
  // Per-frequency derivative pieces of the Gamma/Beta terms.
  const dPerFrequency = new Float64Array(4 * frequencyCount);

  const evaluate = (theta: Float64Array, gradient: Float64Array | null): number => {
    if (outsideParameterRange(theta)) return INFINITY;
    const r = exp(theta[0]);
    const alpha = exp(theta[1]);
    const a = exp(theta[2]);
    const b = exp(theta[3]);
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !isFiniteNumber(r + alpha + a + b)) return INFINITY;
    const logAlpha = log(alpha);
    const lgR = logGamma(r);
    const lgB = logGamma(b);
    const lgAB = logGamma(a + b);
    const logA = log(a);
    let total = 0;
    for (let k = 0; k < frequencyCount; k++) {
      const x = data.frequencies[k];
      perFrequency[k] = logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x);
      logSecondTermConstant[k] = x > 0 ? logA - log(b + x - 1) : -INFINITY;
      total += data.frequencyWeight[k] * perFrequency[k];
    }
    for (let j = 0; j < timeCount; j++) {
      logTime[j] = log(alpha + data.times[j]);
      inverseTime[j] = 1 / (alpha + data.times[j]);
    }
    let dr = 0;
    let dAlpha = 0;
    let da = 0;
    let db = 0;
    for (let i = 0; i < data.tripleCount; i++) {
      const k = data.frequencyIndex[i];
      const x = data.frequency[i];
      const w = data.weight[i];
      const rx = r + x;
      const tIndex = data.TIndex[i];
      const a3 = -rx * logTime[tIndex];
      if (x === 0) {
        total += w * a3;
        if (gradient) {
          dr -= w * logTime[tIndex];
          dAlpha -= w * rx * inverseTime[tIndex];
        }
        continue;
      }
      const txIndex = data.recencyIndex[i];
      const a4 = logSecondTermConstant[k] - rx * logTime[txIndex];
      const e = exp(a4 - a3);
      total += w * (a3 + log1p(e));
      if (gradient) {
        const w4 = e / (1 + e);
        const w3 = 1 - w4;
        dr -= w * (w3 * logTime[tIndex] + w4 * logTime[txIndex]);
        dAlpha -= w * rx * (w3 * inverseTime[tIndex] + w4 * inverseTime[txIndex]);
        da += (w * w4) / a;
        db -= (w * w4) / (b + x - 1);
      }
    }
    if (gradient) {
      const psiR = digamma(r);
      const psiB = digamma(b);
      const psiAB = digamma(a + b);
      for (let k = 0; k < frequencyCount; k++) {
        const x = data.frequencies[k];
        const w = data.frequencyWeight[k];
        const psiABX = digamma(a + b + x);
        dPerFrequency[4 * k] = w * (digamma(r + x) - psiR + logAlpha);
        dPerFrequency[4 * k + 1] = (w * r) / alpha;
        dPerFrequency[4 * k + 2] = w * (psiAB - psiABX);
        dPerFrequency[4 * k + 3] = w * (psiAB + digamma(b + x) - psiB - psiABX);
        dr += dPerFrequency[4 * k];
        dAlpha += dPerFrequency[4 * k + 1];
        da += dPerFrequency[4 * k + 2];
        db += dPerFrequency[4 * k + 3];
      }
      // Chain rule to log-parameters, and the sign of the negative log-likelihood.
      gradient[0] = -dr * r;
      gradient[1] = -dAlpha * alpha;
      gradient[2] = -da * a;
      gradient[3] = -db * b;
    }
    return isFiniteNumber(total) ? -total : INFINITY;
  };

  return {
    dimension: 4,
    value: (theta) => evaluate(theta, null),
    gradient: (theta, out) => evaluate(theta, out),
  };
}
