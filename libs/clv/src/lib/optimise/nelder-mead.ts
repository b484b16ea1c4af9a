import { type Objective } from './objective';
import { INFINITY, abs, isFiniteNumber, max, min } from '../common/fast-math';

export interface NelderMeadOptions {
  /** Stop when the simplex's function values differ by less than this times max(1, |f|). */
  readonly relativeValueTolerance: number;
  readonly maxEvaluations: number;
  /** Size of the initial simplex along each axis. */
  readonly initialStep: number;
}

export interface NelderMeadResult {
  readonly theta: Float64Array;
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Derivative-free simplex search (Nelder & Mead 1965, standard coefficients).
 * Used only to get near the optimum robustly from a rough start; BFGS does the precise finish.
 * Non-finite values count as +Infinity, so the simplex simply backs away from bad regions.
 */
export function nelderMead(objective: Objective, start: Float64Array, options: NelderMeadOptions): NelderMeadResult {
  const n = start.length;
  const evaluate = (theta: Float64Array): number => {
    const value = objective.value(theta);
    return isFiniteNumber(value) ? value : INFINITY;
  };
  const points: Float64Array[] = [];
  const values = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const point = Float64Array.from(start);
    if (i > 0) point[i - 1] += options.initialStep;
    points.push(point);
    values[i] = evaluate(point);
  }
  let evaluations = n + 1;
  const centroid = new Float64Array(n);
  const reflected = new Float64Array(n);
  const trial = new Float64Array(n);
  const order = Array.from({ length: n + 1 }, (_, i) => i);

  while (evaluations < options.maxEvaluations) {
    order.sort((i, j) => values[i] - values[j]);
    const best = order[0];
    const worst = order[n];
    const secondWorst = order[n - 1];
    if (abs(values[worst] - values[best]) <= options.relativeValueTolerance * max(1, abs(values[best]))) break;

    centroid.fill(0);
    for (const i of order) if (i !== worst) for (let k = 0; k < n; k++) centroid[k] += points[i][k] / n;
    for (let k = 0; k < n; k++) reflected[k] = centroid[k] + (centroid[k] - points[worst][k]);
    const reflectedValue = evaluate(reflected);
    evaluations++;

    if (reflectedValue < values[best]) {
      for (let k = 0; k < n; k++) trial[k] = centroid[k] + 2 * (centroid[k] - points[worst][k]);
      const expandedValue = evaluate(trial);
      evaluations++;
      if (expandedValue < reflectedValue) accept(worst, trial, expandedValue);
      else accept(worst, reflected, reflectedValue);
    } else if (reflectedValue < values[secondWorst]) {
      accept(worst, reflected, reflectedValue);
    } else {
      const outside = reflectedValue < values[worst];
      for (let k = 0; k < n; k++) {
        const from = outside ? reflected[k] : points[worst][k];
        trial[k] = centroid[k] + 0.5 * (from - centroid[k]);
      }
      const contractedValue = evaluate(trial);
      evaluations++;
      if (contractedValue < min(reflectedValue, values[worst])) {
        accept(worst, trial, contractedValue);
      } else {
        for (const i of order) {
          if (i === best) continue;
          for (let k = 0; k < n; k++) points[i][k] = points[best][k] + 0.5 * (points[i][k] - points[best][k]);
          values[i] = evaluate(points[i]);
          evaluations++;
        }
      }
    }
  }

  let bestIndex = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { theta: points[bestIndex], value: values[bestIndex], evaluations };

  function accept(index: number, point: Float64Array, value: number): void {
    points[index].set(point);
    values[index] = value;
  }
}
