import { RapportError } from '@rapport/shared-util';
import { nowMs } from '../common/clock';
import { log } from '../common/fast-math';
import { type FitOptions, type ModelFit } from '../common/model-fit';
import { SUBSAMPLE_THRESHOLD } from '../common/subsample';
import { maximiseLikelihood } from '../optimise/maximise-likelihood';
import { type RfmSummary } from '../rfm/rfm-summary';
import { validateRfmSummary } from '../rfm/validate-rfm-summary';
import { gammaGammaNegativeLogLikelihood, type SpendData } from './gamma-gamma.likelihood';
import { type GammaGammaParameters } from './gamma-gamma.parameters';

/** A fitted Gamma-Gamma spend model. */
export type GammaGammaFit = ModelFit<GammaGammaParameters>;

/**
 * Fits the Gamma-Gamma spend model on the returning customers (x > 0) of a summary, as the model
 * prescribes: customers without repeat purchases carry no spend information.
 * @throws RapportError BAD_USER_INPUT when no returning customer has a positive monetary value.
 */
export function fitGammaGamma(summary: RfmSummary, options: FitOptions = {}): GammaGammaFit {
  const started = nowMs();
  validateRfmSummary(summary);
  const data = returningCustomerSpend(summary);
  const n = data.frequency.length;
  let meanSpend = 0;
  for (let i = 0; i < n; i++) meanSpend += data.monetaryValue[i] / n;
  // p = q = 2 puts the prior mean spend pγ/(q − 1) at the sample mean.
  const start = Float64Array.from(options.start ?? [2, 2, meanSpend / 2], log);
  const objective = gammaGammaNegativeLogLikelihood(data);
  const subsample = n > SUBSAMPLE_THRESHOLD ? everyKth(data, SUBSAMPLE_THRESHOLD) : undefined;
  const startObjective = subsample ? gammaGammaNegativeLogLikelihood(subsample) : undefined;
  const startObjectiveScale = subsample ? n / subsample.frequency.length : undefined;
  const maximum = maximiseLikelihood(objective, start, 'Gamma-Gamma', { startObjective, startObjectiveScale });
  const [p, q, gamma] = maximum.parameters;
  const [seP, seQ, seGamma] = maximum.standardErrors;
  return {
    model: 'gg',
    parameters: { p, q, gamma },
    standardErrors: { p: seP, q: seQ, gamma: seGamma },
    logLikelihood: maximum.logLikelihood,
    customers: n,
    uniqueRows: n,
    converged: maximum.converged,
    evaluations: maximum.evaluations,
    fitMs: nowMs() - started,
    unit: options.unit,
  };
}

/**
 * The customers with x > 0 and their mean repeat spend.
 * @throws RapportError if there are none, or one has x > 0 but monetary value 0.
 */
export function returningCustomerSpend(summary: RfmSummary): SpendData {
  const rows: number[] = [];
  for (let i = 0; i < summary.frequency.length; i++) {
    if (summary.frequency[i] <= 0) continue;
    if (!(summary.monetaryValue[i] > 0)) {
      const who = summary.customerIds ? ` (${summary.customerIds[i]})` : '';
      throw new RapportError(
        'BAD_USER_INPUT',
        `customer ${i + 1}${who}: monetary_value must be > 0 for a returning customer (frequency ${summary.frequency[i]}); the Gamma-Gamma model needs positive spend`,
        'monetary_value',
      );
    }
    rows.push(i);
  }
  if (rows.length === 0) {
    throw new RapportError(
      'BAD_USER_INPUT',
      'Gamma-Gamma: no returning customers (frequency > 0), so spend cannot be modelled',
      'frequency',
    );
  }
  return {
    frequency: Float64Array.from(rows, (i) => summary.frequency[i]),
    monetaryValue: Float64Array.from(rows, (i) => summary.monetaryValue[i]),
  };
}

function everyKth(data: SpendData, size: number): SpendData {
  const stride = Math.max(1, Math.floor(data.frequency.length / size));
  const pick = (source: Float64Array): Float64Array => source.filter((_, i) => i % stride === 0);
  return { frequency: pick(data.frequency), monetaryValue: pick(data.monetaryValue) };
}
