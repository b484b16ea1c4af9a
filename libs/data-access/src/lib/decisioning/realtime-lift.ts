import { liftFromTotals, type LiftReport } from '@rapport/decisioning';
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
  const counts = await countRealtimeOutcomes(manager, filter);
  const totals = (c: OutcomeCounts) => ({ n: c.recommendations, sum: c.positives, sumOfSquares: c.positives });
  const report = liftFromTotals({ model: totals(counts.model), control: totals(counts.control) }, confidence);
  const figures = (c: OutcomeCounts): LiftGroupFigures => ({
    ...c,
    rate: c.recommendations > 0 ? c.positives / c.recommendations : 0,
  });
  return { ...report, model: figures(counts.model), control: figures(counts.control) };
}
