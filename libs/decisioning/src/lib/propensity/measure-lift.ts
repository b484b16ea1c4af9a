import { normalQuantile } from '../ope/normal-quantile';

/** Outcome of one decision for lift measurement. */
export interface LiftObservation {
  control: boolean;
  /** 1/0 for accept or not, or a value. */
  reward: number;
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
  const stats = { model: { n: 0, sum: 0, sq: 0 }, control: { n: 0, sum: 0, sq: 0 } };
  for (const o of observations) {
    const s = o.control ? stats.control : stats.model;
    s.n++;
    s.sum += o.reward;
    s.sq += o.reward * o.reward;
  }
  const mean = (s: { n: number; sum: number }): number => (s.n > 0 ? s.sum / s.n : 0);
  const variance = (s: { n: number; sum: number; sq: number }): number =>
    s.n > 1 ? Math.max(0, (s.sq - (s.sum * s.sum) / s.n) / (s.n - 1)) : 0;
  const m = mean(stats.model);
  const c = mean(stats.control);
  const se = Math.sqrt(
    (stats.model.n > 0 ? variance(stats.model) / stats.model.n : 0) + (stats.control.n > 0 ? variance(stats.control) / stats.control.n : 0),
  );
  const z = normalQuantile(0.5 + confidence / 2);
  return {
    model: { n: stats.model.n, meanReward: m },
    control: { n: stats.control.n, meanReward: c },
    lift: c > 0 ? m / c - 1 : null,
    difference: m - c,
    differenceLower: m - c - z * se,
    differenceUpper: m - c + z * se,
  };
}
