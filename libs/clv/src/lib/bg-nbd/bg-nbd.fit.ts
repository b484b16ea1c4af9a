import { nowMs } from '../common/clock';
import { type FitOptions, type ModelFit } from '../common/model-fit';
import { SUBSAMPLE_THRESHOLD, systematicSubsample } from '../common/subsample';
import { maximiseLikelihood } from '../optimise/maximise-likelihood';
import { compressRfm } from '../rfm/compress-rfm';
import { type RfmSummary } from '../rfm/rfm-summary';
import { validateRfmSummary } from '../rfm/validate-rfm-summary';
import { bgNbdNegativeLogLikelihood } from './bg-nbd.likelihood';
import { type BgNbdParameters } from './bg-nbd.parameters';
import { purchaseRateStart } from '../common/purchase-rate-start';
import { log } from '../common/fast-math';

/** A fitted BG/NBD model. */
export type BgNbdFit = ModelFit<BgNbdParameters>;

/**
 * Fits BG/NBD by maximum likelihood on the unique (x, t_x, T) triples.
 * @throws RapportError BAD_USER_INPUT for invalid summaries or data without repeat purchases.
 */
export function fitBgNbd(summary: RfmSummary, options: FitOptions = {}): BgNbdFit {
  const started = nowMs();
  validateRfmSummary(summary);
  const data = compressRfm(summary);
  const { rate } = purchaseRateStart(data, 'BG/NBD');
  const start = Float64Array.from(options.start ?? [1, 1 / rate, 1, 1], log);
  const objective = bgNbdNegativeLogLikelihood(data);
  const subsample = summary.frequency.length > SUBSAMPLE_THRESHOLD ? systematicSubsample(summary) : undefined;
  const startObjective = subsample ? bgNbdNegativeLogLikelihood(compressRfm(subsample)) : undefined;
  const maximum = maximiseLikelihood(objective, start, 'BG/NBD', {
    startObjective,
    startObjectiveScale: subsample?.scale,
  });
  const [r, alpha, a, b] = maximum.parameters;
  const [seR, seAlpha, seA, seB] = maximum.standardErrors;
  return {
    model: 'bgnbd',
    parameters: { r, alpha, a, b },
    standardErrors: { r: seR, alpha: seAlpha, a: seA, b: seB },
    logLikelihood: maximum.logLikelihood,
    customers: summary.frequency.length,
    uniqueRows: data.tripleCount,
    converged: maximum.converged,
    evaluations: maximum.evaluations,
    fitMs: nowMs() - started,
    unit: options.unit,
  };
}
