import { gammaSign, logGamma } from './log-gamma';
import { abs, exp, isInteger, log, max, pow, round } from '../common/fast-math';

const RELATIVE_TOLERANCE = 1e-16;
const MAX_SERIES_TERMS = 100_000;
/** Up to this z the plain series is always used. */
const SERIES_LIMIT = 0.75;
/** Beyond this z the series would need thousands of terms: always the 1 − z transformation. */
const CONTINUATION_LIMIT = 0.999;
/** How close c − a − b may come to an integer before the 1 − z transformation loses digits. */
const DEGENERATE_GAP = 5e-5;
/** Step in c for the Richardson extrapolation that replaces the degenerate transformation. */
const DEGENERATE_STEP = 2e-4;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1.
 *
 * The defining series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ only converges for |z| < 1 and crawls as z → 1,
 * which is exactly where the Pareto/NBD likelihood and the BG/NBD expectations go
 * (z = (α − β)/(α + t) with β ≪ α, or long horizons). So:
 * - −0.5 ≤ z ≤ 0.75: the series itself;
 * - z < −0.5 (where the series diverges for z < −1): Pfaff's transformation
 *   ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z/(z − 1)), which maps z into (1/3, 1);
 * - 0.75 < z < 1: the analytic continuation around z = 1 (Abramowitz & Stegun 15.3.6), whose two
 *   series in 1 − z converge fast (unless (1 − z)·max |parameter| > 2 and z < 0.999: the plain
 *   series then, which is both exact and still quick). When c − a − b is (nearly) an integer its Gamma factors blow up
 *   and cancel, so there the value is extrapolated from neighbouring non-degenerate c.
 *
 * `oneMinusZ`, when the caller can compute 1 − z without cancellation (e.g. (β + t)/(α + t) for
 * z = (α − β)/(α + t)), keeps full precision where z rounds to 1.
 *
 * @throws RangeError for z ≥ 1 or c a non-positive integer (the function is not defined there).
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number, oneMinusZ = 1 - z): number {
  if (!(oneMinusZ > 0)) throw new RangeError(`hypergeometric2F1 needs z < 1, got ${z}`);
  if (c <= 0 && isInteger(c)) throw new RangeError(`hypergeometric2F1 needs c not a non-positive integer`);
  if (z === 0 || a === 0 || b === 0) return 1;
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return hypergeometricSeries(a, b, c, z); // a polynomial
  if (z < -0.5) return pow(oneMinusZ, -a) * hypergeometric2F1(a, c - b, c, z / (z - 1), 1 / oneMinusZ);
  if (z <= SERIES_LIMIT) return hypergeometricSeries(a, b, c, z);
  // The transformation's series in 1 − z have growing terms that cancel when (1 − z)·|parameter|
  // is not small, costing digits (1e-9 at z = 0.75, a = 30); the plain series is exact there.
  const largest = max(abs(a), abs(b), abs(c - a), abs(c - b));
  if (z < CONTINUATION_LIMIT && (1 - z) * largest > 2) return hypergeometricSeries(a, b, c, z);
  return continuationAroundOne(a, b, c, oneMinusZ);
}

function isNonPositiveInteger(value: number): boolean {
  return value <= 0 && isInteger(value);
}

/** The plain power series; callers guarantee |z| ≤ 0.75 or a terminating series. */
export function hypergeometricSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  // Terms may grow before they shrink (large a, b); only stop once they are past their peak.
  const peak = abs(a) + abs(b);
  for (let n = 0; n < MAX_SERIES_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (term === 0) return sum;
    if (n > peak && abs(term) <= RELATIVE_TOLERANCE * abs(sum)) return sum;
  }
  return sum;
}

function continuationAroundOne(a: number, b: number, c: number, w: number): number {
  const m = c - a - b;
  if (abs(m - round(m)) < DEGENERATE_GAP) {
    // Richardson extrapolation of the even function h ↦ (F(c + h) + F(c − h))/2: error O(h⁴).
    const near =
      0.5 * (continuationAroundOne(a, b, c + DEGENERATE_STEP, w) + continuationAroundOne(a, b, c - DEGENERATE_STEP, w));
    const far =
      0.5 *
      (continuationAroundOne(a, b, c + 2 * DEGENERATE_STEP, w) +
        continuationAroundOne(a, b, c - 2 * DEGENERATE_STEP, w));
    return (4 * near - far) / 3;
  }
  const logGammaC = logGamma(c);
  const signC = gammaSign(c);
  let first = 0;
  if (!isNonPositiveInteger(c - a) && !isNonPositiveInteger(c - b)) {
    const logCoefficient = logGammaC + logGamma(m) - logGamma(c - a) - logGamma(c - b);
    const sign = signC * gammaSign(m) * gammaSign(c - a) * gammaSign(c - b);
    first = sign * exp(logCoefficient) * hypergeometricSeries(a, b, 1 - m, w);
  }
  const logCoefficient = logGammaC + logGamma(-m) - logGamma(a) - logGamma(b) + m * log(w);
  const sign = signC * gammaSign(-m) * gammaSign(a) * gammaSign(b);
  const second = sign * exp(logCoefficient) * hypergeometricSeries(c - a, c - b, 1 + m, w);
  return first + second;
}
