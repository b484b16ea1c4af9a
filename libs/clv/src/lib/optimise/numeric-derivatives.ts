import { type Objective } from './objective';
import { abs, isFiniteNumber, max } from '../common/fast-math';

/**
 * Central-difference gradient; writes into `out` and returns f(θ). Falls back to a one-sided
 * difference where one side is not finite (the edge of the region the likelihood is defined on).
 */
export function numericGradient(objective: Objective, theta: Float64Array, out: Float64Array, step = 1e-6): number {
  const point = Float64Array.from(theta);
  const center = objective.value(theta);
  for (let i = 0; i < theta.length; i++) {
    const h = step * max(1, abs(theta[i]));
    point[i] = theta[i] + h;
    const forward = objective.value(point);
    point[i] = theta[i] - h;
    const backward = objective.value(point);
    point[i] = theta[i];
    if (isFiniteNumber(forward) && isFiniteNumber(backward)) out[i] = (forward - backward) / (2 * h);
    else if (isFiniteNumber(forward)) out[i] = (forward - center) / h;
    else if (isFiniteNumber(backward)) out[i] = (center - backward) / h;
    else out[i] = 0;
  }
  return center;
}

/** The gradient the objective offers, else a central-difference one. */
export function gradientOf(objective: Objective, theta: Float64Array, out: Float64Array): number {
  return objective.gradient ? objective.gradient(theta, out) : numericGradient(objective, theta, out);
}

/**
 * Hessian at θ, row-major n × n, for the observed information at the optimum: central differences
 * of the analytic gradient when there is one, else second differences of the function values
 * (differencing a numeric gradient again would amplify rounding noise ~1/h² and make the
 * standard errors wobble from run to run).
 */
export function numericHessian(objective: Objective, theta: Float64Array, step = 1e-5): Float64Array {
  if (!objective.gradient) return hessianFromValues(objective, theta, 1e-4);
  const n = theta.length;
  const hessian = new Float64Array(n * n);
  const point = Float64Array.from(theta);
  const forward = new Float64Array(n);
  const backward = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = step * max(1, abs(theta[i]));
    point[i] = theta[i] + h;
    gradientOf(objective, point, forward);
    point[i] = theta[i] - h;
    gradientOf(objective, point, backward);
    point[i] = theta[i];
    for (let j = 0; j < n; j++) hessian[i * n + j] = (forward[j] - backward[j]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const mean = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
      hessian[i * n + j] = mean;
      hessian[j * n + i] = mean;
    }
  }
  return hessian;
}

/** Hessian from function values: f(θ ± hᵢeᵢ ± hⱼeⱼ) four-point formulas, symmetric by construction. */
function hessianFromValues(objective: Objective, theta: Float64Array, step: number): Float64Array {
  const n = theta.length;
  const hessian = new Float64Array(n * n);
  const point = Float64Array.from(theta);
  const f0 = objective.value(theta);
  const h = Array.from(theta, (value) => step * max(1, abs(value)));
  const at = (i: number, di: number, j: number, dj: number): number => {
    point.set(theta);
    point[i] += di;
    point[j] += dj;
    return objective.value(point);
  };
  for (let i = 0; i < n; i++) {
    hessian[i * n + i] = (at(i, h[i], i, 0) - 2 * f0 + at(i, -h[i], i, 0)) / (h[i] * h[i]);
    for (let j = i + 1; j < n; j++) {
      const value =
        (at(i, h[i], j, h[j]) - at(i, h[i], j, -h[j]) - at(i, -h[i], j, h[j]) + at(i, -h[i], j, -h[j])) /
        (4 * h[i] * h[j]);
      hessian[i * n + j] = value;
      hessian[j * n + i] = value;
    }
  }
  return hessian;
}
