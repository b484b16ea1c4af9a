import { loadPropensityStore, measureRealtimeLift, type RealtimeLift } from '@rapport/data-access';
import { selectModelReports, type PropensityModelReport } from '@rapport/decisioning';
import { MS_PER_DAY } from '@rapport/shared-util';
import { type EntityManager } from 'typeorm';

export interface ModelsReportOptions {
  /** Lift window: real-time recommendations of the last `days` days before `now`. */
  days: number;
  now: Date;
  channel: string | null;
  offerId: string | null;
  /** Models listed (the most evidence first). */
  top: number;
  minEvidence: number;
  confidence: number;
}

export interface ModelsReport {
  since: Date;
  until: Date;
  positiveOutcomes: string[];
  confidence: number;
  lift: RealtimeLift;
  /** Models matching the filter; `models` holds the first `top`. */
  modelCount: number;
  pooledAuc: number | null;
  models: PropensityModelReport[];
}

/**
 * What the propensity models learned (from model_states) and what they earn over the random
 * control group (from the window's real-time recommendations): `rapport models`, and the same
 * figures the gateway's `propensityModels` and `decisionLift` answer.
 */
export async function buildModelsReport(manager: EntityManager, options: ModelsReportOptions): Promise<ModelsReport> {
  const store = await loadPropensityStore(manager);
  const until = options.now;
  const since = new Date(until.getTime() - options.days * MS_PER_DAY);
  const lift = await measureRealtimeLift(
    manager,
    { since, until, channel: options.channel, offerId: options.offerId },
    options.confidence,
  );
  const matching = selectModelReports(store.report(), {
    offerId: options.offerId,
    channel: options.channel,
    minEvidence: options.minEvidence,
  });
  return {
    since,
    until,
    positiveOutcomes: lift.positiveOutcomes,
    confidence: options.confidence,
    lift,
    modelCount: matching.length,
    pooledAuc: store.overallAuc(),
    models: matching.slice(0, options.top),
  };
}
