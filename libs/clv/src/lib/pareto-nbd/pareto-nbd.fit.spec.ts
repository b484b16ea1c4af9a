import { readCdnowSummary } from '../../../fixtures/cdnow-fixtures';
import { compressRfm } from '../rfm/compress-rfm';
import { fitParetoNbd } from './pareto-nbd.fit';
import { paretoNbdLogLikelihoodTerm, paretoNbdNegativeLogLikelihood } from './pareto-nbd.likelihood';

describe('fitParetoNbd on CDNOW (2,357 customers, weeks)', () => {
  const fit = fitParetoNbd(readCdnowSummary(), { unit: 'weeks' });

  it.each([
    ['r', 0.553276],
    ['alpha', 10.57761],
    ['s', 0.606214],
  ] as const)('reproduces the published %s within 2e-4 relative', (name, published) => {
    expect(Math.abs(fit.parameters[name] / published - 1)).toBeLessThan(2e-4);
  });

  it('reproduces the published beta within 5e-4', () => {
    expect(Math.abs(fit.parameters.beta - 11.6679)).toBeLessThan(5e-4);
  });

  it('reproduces the published log-likelihood within 1e-3', () => {
    expect(Math.abs(fit.logLikelihood - -9594.9739)).toBeLessThan(1e-3);
  });
});

describe('paretoNbdNegativeLogLikelihood', () => {
  it('equals the sum of the per-customer terms (its (x, t) cache changes nothing)', () => {
    const summary = readCdnowSummary();
    const objective = paretoNbdNegativeLogLikelihood(compressRfm(summary));
    const [r, alpha, s, beta] = [0.55, 10.6, 0.61, 11.7];
    let total = 0;
    for (let i = 0; i < summary.frequency.length; i++) {
      total += paretoNbdLogLikelihoodTerm(r, alpha, s, beta, summary.frequency[i], summary.recency[i], summary.T[i]);
    }
    expect(-objective.value(Float64Array.from([r, alpha, s, beta], Math.log))).toBeCloseTo(total, 8);
  });
});
