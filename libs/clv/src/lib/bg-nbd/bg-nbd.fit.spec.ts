import { readCdnowSummary } from '../../../fixtures/cdnow-fixtures';
import { fitBgNbd } from './bg-nbd.fit';

describe('fitBgNbd on CDNOW (2,357 customers, weeks)', () => {
  const fit = fitBgNbd(readCdnowSummary(), { unit: 'weeks' });

  it.each([
    ['r', 0.2425929],
    ['alpha', 4.413532],
    ['a', 0.792886],
    ['b', 2.425752],
  ] as const)('reproduces the published %s within 1e-3 relative', (name, published) => {
    expect(Math.abs(fit.parameters[name] / published - 1)).toBeLessThan(1e-3);
  });

  it('reproduces the published log-likelihood within 1e-3', () => {
    expect(Math.abs(fit.logLikelihood - -9582.4256)).toBeLessThan(1e-3);
  });

  it('has finite positive standard errors and converged', () => {
    expect(fit.converged).toBe(true);
    for (const se of Object.values(fit.standardErrors)) expect(se).toBeGreaterThan(0);
  });
});
