import { INFINITY, PI, abs, floor, log, sin } from '../common/fast-math';
// Lanczos approximation (g = 7, n = 9): about 15 significant digits for x > 0.5.
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046727;

/**
 * ln|Γ(x)| for any real x that is not a non-positive integer (those return +Infinity).
 * Negative arguments use the reflection formula, so the hypergeometric transformations can take
 * Gamma of c − a − b < 0; {@link gammaSign} gives the sign that the logarithm drops.
 */
export function logGamma(x: number): number {
  if (x < 0.5) {
    const sinPiX = sin(PI * x);
    if (sinPiX === 0) return INFINITY;
    return log(PI / abs(sinPiX)) - logGamma(1 - x);
  }
  const y = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) series += LANCZOS_COEFFICIENTS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * log(t) - t + log(series);
}

/** Sign of Γ(x): +1 for x > 0, alternating between the poles for x < 0. */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  return floor(x) % 2 === 0 ? 1 : -1;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
