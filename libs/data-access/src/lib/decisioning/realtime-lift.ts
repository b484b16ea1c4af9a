import { DEFAULT_POSITIVE_OUTCOMES, liftFromTotals, type LiftReport } from '@rapport/decisioning';
import { type EntityManager } from 'typeorm';
import {
  countRealtimeOutcomes,
  type OutcomeCounts,
  type RealtimeOutcomeFilter,
} from '../repositories/recommendation.repository';

/** One group's real-time recommendations, successes and success rate. */
export interface LiftGroupFigures extends OutcomeCounts {
  /** positives / recommendations (0 when there are none). */
  rate: number;
}

export interface RealtimeLift extends Omit<LiftReport, 'model' | 'control'> {
  model: LiftGroupFigures;
  control: LiftGroupFigures;
  /** The outcomes counted as a success. */
  positiveOutcomes: string[];
}

/**
 * The lift of model-driven real-time recommendations over the random control group in a window:
 * the database counts each group's recommendations and successes (countRealtimeOutcomes, one
 * statement), the lib turns them into the ratio and the interval on the difference
 * (liftFromTotals; successes are 0/1, so each group's sum of squares is its count of successes).
 * Shared by the gateway's `decisionLift` and `rapport models`.
 */
export async function measureRealtimeLift(
  manager: EntityManager,
  filter: RealtimeOutcomeFilter,
  confidence = 0.95,
): Promise<RealtimeLift> {
  const positiveOutcomes = [...(filter.positiveOutcomes ?? DEFAULT_POSITIVE_OUTCOMES)];
  const counts = await countRealtimeOutcomes(manager, { ...filter, positiveOutcomes });
  const totals = (c: OutcomeCounts) => ({ n: c.recommendations, sum: c.positives, sumOfSquares: c.positives });
  const report = liftFromTotals({ model: totals(counts.model), control: totals(counts.control) }, confidence);
  return {
    ...report,
    // The success rate is the group's mean reward.
    model: { ...counts.model, rate: report.model.meanReward },
    control: { ...counts.control, rate: report.control.meanReward },
    positiveOutcomes,
  };
}
