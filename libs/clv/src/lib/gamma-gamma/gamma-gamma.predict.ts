import { type GammaGammaParameters } from './gamma-gamma.parameters';

/**
 * E[M | x, m̄]: expected value of a customer's future transactions, a credibility-weighted mix of
 * the population mean pγ/(q−1) and the customer's own mean: p(γ + x m̄)/(px + q − 1)
 * (FHL 2005 "RFM and CLV", eq. 5). For x = 0 it is the population mean. Needs q > 1 (a finite mean);
 * returns the customer's own mean otherwise, so that no Infinity or NaN leaves the model.
 */
export function gammaGammaExpectedSpend(parameters: GammaGammaParameters, x: number, monetaryValue: number): number {
  const { p, q, gamma } = parameters;
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) return x > 0 ? monetaryValue : 0;
  return (p * (gamma + x * monetaryValue)) / denominator;
}

/** The population mean spend per transaction, pγ/(q − 1) (Infinity when q ≤ 1). */
export function gammaGammaPopulationMeanSpend(parameters: GammaGammaParameters): number {
  return parameters.q > 1 ? (parameters.p * parameters.gamma) / (parameters.q - 1) : Infinity;
}
