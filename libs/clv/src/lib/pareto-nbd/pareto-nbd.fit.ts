import { nowMs } from '../common/clock';
import { type FitOptions, type ModelFit } from '../common/model-fit';
import { purchaseRateStart } from '../common/purchase-rate-start';
import { SUBSAMPLE_THRESHOLD, systematicSubsample } from '../common/subsample';
import { maximiseLikelihood } from '../optimise/maximise-likelihood';
import { compressRfm } from '../rfm/compress-rfm';
import { type RfmSummary } from '../rfm/rfm-summary';
import { validateRfmSummary } from '../rfm/validate-rfm-summary';
import { paretoNbdNegativeLogLikelihood } from './pareto-nbd.likelihood';
import { type ParetoNbdParameters } from './pareto-nbd.parameters';
import { log } from '../common/fast-math';

/** A fitted Pareto/NBD model. */
export type ParetoNbdFit = ModelFit<ParetoNbdParameters>;

/**
 * Fits Pareto/NBD by maximum likelihood on the unique (x, t_x, T) triples.
 * @throws RapportError BAD_USER_INPUT for invalid summaries or data without repeat purchases.
 */
export function fitParetoNbd(summary: RfmSummary, options: FitOptions = {}): ParetoNbdFit {
  const started = nowMs();
  validateRfmSummary(summary);
  const data = compressRfm(summary);
  const { rate } = purchaseRateStart(data, 'Pareto/NBD');
  const start = Float64Array.from(options.start ?? [1, 1 / rate, 1, 1 / rate], log);
  const objective = paretoNbdNegativeLogLikelihood(data);
  const subsample = summary.frequency.length > SUBSAMPLE_THRESHOLD ? systematicSubsample(summary) : undefined;
  const startObjective = subsample ? paretoNbdNegativeLogLikelihood(compressRfm(subsample)) : undefined;
  const maximum = maximiseLikelihood(objective, start, 'Pareto/NBD', {
    startObjective,
    startObjectiveScale: subsample?.scale,
  });
  const [r, alpha, s, beta] = maximum.parameters;
  const [seR, seAlpha, seS, seBeta] = maximum.standardErrors;
  return {
    model: 'pareto',
    parameters: { r, alpha, s, beta },
    standardErrors: { r: seR, alpha: seAlpha, s: seS, beta: seBeta },
    logLikelihood: maximum.logLikelihood,
    customers: summary.frequency.length,
    uniqueRows: data.tripleCount,
    converged: maximum.converged,
    evaluations: maximum.evaluations,
    fitMs: nowMs() - started,
    unit: options.unit,
  };
}
