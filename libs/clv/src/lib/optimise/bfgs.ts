import { abs, INFINITY, isFiniteNumber, max, sqrt } from '../common/fast-math';
import { type Objective } from './objective';
import { gradientOf } from './numeric-derivatives';

export interface BfgsOptions {
  /**
   * Converged when every |∂f/∂θᵢ| ≤ relativeGradientTolerance · max(1, |f|). Relative, because f's
   * own rounding (≈ 1e-16 |f| per term) limits how small a gradient can be resolved on large data.
   */
  readonly relativeGradientTolerance: number;
  readonly maxIterations: number;
  /** A starting inverse Hessian (row-major), e.g. from a subsample; default a scaled identity. */
  readonly initialInverseHessian?: Float64Array;
}

export interface BfgsResult {
  readonly theta: Float64Array;
  readonly value: number;
  readonly gradientNorm: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Largest move of any log-parameter in one step: a factor e² ≈ 7.4 on the natural scale. */
const MAX_STEP = 2;
/**
 * Converged when the predicted improvement ½ gᵀH⁻¹g (the Newton decrement) is below
 * max(DECREMENT_TOLERANCE, NOISE_FLOOR · |f|). Improvements below NOISE_FLOOR · |f| are rounding
 * noise when f sums a million terms; on CDNOW-sized data the absolute floor (a log-likelihood gap
 * of 1e-10, parameters within 1e-5 standard errors) applies.
 */
const DECREMENT_TOLERANCE = 1e-10;
const NOISE_FLOOR = 1e-13;

/**
 * Quasi-Newton minimisation (BFGS update of the inverse Hessian) with a backtracking Armijo line
 * search on function values only (gradients, possibly numeric, only at accepted points). Started
 * from the Nelder-Mead point it converges in a few iterations to the precision the published
 * figures need. Steps are capped so that a poor first Hessian guess cannot fling the parameters
 * to e^±100, where the likelihoods lose all precision.
 */
export function bfgs(objective: Objective, start: Float64Array, options: BfgsOptions): BfgsResult {
  const n = start.length;
  const theta = Float64Array.from(start);
  const gradient = new Float64Array(n);
  let value = gradientOf(objective, theta, gradient);
  const inverseHessian = options.initialInverseHessian ? Float64Array.from(options.initialInverseHessian) : identity(n);
  const direction = new Float64Array(n);
  const candidate = new Float64Array(n);
  const candidateGradient = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  let iterations = 0;
  let hessianScaled = options.initialInverseHessian !== undefined;
  let stalledIterations = 0;
  const gradientSmall = (slack: number): boolean =>
    maxAbs(gradient) <= slack * options.relativeGradientTolerance * max(1, abs(value));
  let converged = gradientSmall(1);

  while (!converged && iterations < options.maxIterations) {
    iterations++;
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let j = 0; j < n; j++) d -= inverseHessian[i * n + j] * gradient[j];
      direction[i] = d;
      slope += d * gradient[i];
    }
    if (!(slope < 0)) {
      // The approximation lost positive definiteness: restart from steepest descent.
      resetToIdentity(inverseHessian, n);
      hessianScaled = false;
      slope = 0;
      for (let i = 0; i < n; i++) {
        direction[i] = -gradient[i];
        slope -= gradient[i] * gradient[i];
      }
    }
    // −slope = gᵀH⁻¹g: once H⁻¹ is informed, half of it is the expected gain still available.
    if (hessianScaled && -slope < 2 * max(DECREMENT_TOLERANCE, NOISE_FLOOR * abs(value))) {
      converged = true;
      break;
    }
    const longest = maxAbs(direction);
    let step = longest > MAX_STEP ? MAX_STEP / longest : 1;
    let candidateValue = INFINITY;
    for (let attempt = 0; attempt < 40; attempt++) {
      for (let i = 0; i < n; i++) candidate[i] = theta[i] + step * direction[i];
      candidateValue = objective.value(candidate);
      if (isFiniteNumber(candidateValue) && candidateValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
      candidateValue = INFINITY;
    }
    if (!isFiniteNumber(candidateValue)) {
      // No descent possible at the precision f is computed to: done if we are that close.
      converged = gradientSmall(100) || (hessianScaled && -slope < 1e-6);
      break;
    }
    candidateValue = gradientOf(objective, candidate, candidateGradient);
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = candidate[i] - theta[i];
      y[i] = candidateGradient[i] - gradient[i];
      sy += s[i] * y[i];
      yy += y[i] * y[i];
    }
    const improvement = value - candidateValue;
    theta.set(candidate);
    gradient.set(candidateGradient);
    value = candidateValue;
    stalledIterations = improvement < NOISE_FLOOR * max(1, abs(value)) ? stalledIterations + 1 : 0;
    converged = gradientSmall(1) || (hessianScaled && stalledIterations >= 2);
    if (sy > 1e-14 * sqrt(yy) * maxAbs(s)) {
      if (!hessianScaled) {
        // Nocedal & Wright (6.20): scale the identity to the curvature seen, before the first update.
        scaleIdentity(inverseHessian, n, sy / yy);
        hessianScaled = true;
      }
      updateInverseHessian(inverseHessian, n, s, y, hy, sy);
    }
  }
  return { theta, value, gradientNorm: maxAbs(gradient), iterations, converged };
}

function updateInverseHessian(
  h: Float64Array,
  n: number,
  s: Float64Array,
  y: Float64Array,
  hy: Float64Array,
  sy: number,
): void {
  let yhy = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += h[i * n + j] * y[j];
    hy[i] = sum;
    yhy += y[i] * sum;
  }
  const rho = 1 / sy;
  const factor = (1 + yhy * rho) * rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i * n + j] += factor * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
    }
  }
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  resetToIdentity(m, n);
  return m;
}

function resetToIdentity(m: Float64Array, n: number): void {
  scaleIdentity(m, n, 1);
}

function scaleIdentity(m: Float64Array, n: number, scale: number): void {
  m.fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = scale;
}

function maxAbs(v: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < v.length; i++) largest = max(largest, abs(v[i]));
  return largest;
}
