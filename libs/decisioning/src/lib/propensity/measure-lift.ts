import { normalQuantile } from '../ope/normal-quantile';

/** Outcome of one decision for lift measurement. */
export interface LiftObservation {
  control: boolean;
  /** 1/0 for accept or not, or a value. */
  reward: number;
}

/** Sums over one group's observations: enough for its mean and variance. */
export interface LiftTotals {
  n: number;
  /** Σ reward. */
  sum: number;
  /** Σ reward²; for 0/1 rewards, the same as `sum`. */
  sumOfSquares: number;
}

export interface LiftReport {
  model: { n: number; meanReward: number };
  control: { n: number; meanReward: number };
  /** model / control − 1; null when the control mean is 0. */
  lift: number | null;
  /** model − control, with a normal-approximation confidence interval. */
  difference: number;
  differenceLower: number;
  differenceUpper: number;
}

/** Compares model-driven decisions with the random control group. */
export function measureLift(observations: readonly LiftObservation[], confidence = 0.95): LiftReport {
  const totals = { model: { n: 0, sum: 0, sumOfSquares: 0 }, control: { n: 0, sum: 0, sumOfSquares: 0 } };
  for (const o of observations) {
    const s = o.control ? totals.control : totals.model;
    s.n++;
    s.sum += o.reward;
    s.sumOfSquares += o.reward * o.reward;
  }
  return liftFromTotals(totals, confidence);
}

/**
 * measureLift from each group's sums, e.g. counts a database aggregated (a lift report over
 * millions of recommendations need not load them): Welch's difference of means with a normal
 * interval, and the ratio of means.
 */
export function liftFromTotals(totals: { model: LiftTotals; control: LiftTotals }, confidence = 0.95): LiftReport {
  const mean = (s: LiftTotals): number => (s.n > 0 ? s.sum / s.n : 0);
  const variance = (s: LiftTotals): number =>
    s.n > 1 ? Math.max(0, (s.sumOfSquares - (s.sum * s.sum) / s.n) / (s.n - 1)) : 0;
  const { model, control } = totals;
  const m = mean(model);
  const c = mean(control);
  const se = Math.sqrt(
    (model.n > 0 ? variance(model) / model.n : 0) + (control.n > 0 ? variance(control) / control.n : 0),
  );
  const z = normalQuantile(0.5 + confidence / 2);
  return {
    model: { n: model.n, meanReward: m },
    control: { n: control.n, meanReward: c },
    lift: c > 0 ? m / c - 1 : null,
    difference: m - c,
    differenceLower: m - c - z * se,
    differenceUpper: m - c + z * se,
  };
}
