import { readCdnowSummary } from '../../../fixtures/cdnow-fixtures';
import { rfmSummaryFromRows } from '../rfm/rfm-summary';
import { fitGammaGamma } from './gamma-gamma.fit';

describe('fitGammaGamma on CDNOW returning customers', () => {
  const fit = fitGammaGamma(readCdnowSummary());

  it('uses the 946 returning customers', () => {
    expect(fit.customers).toBe(946);
  });

  it.each([
    ['p', 6.248802],
    ['q', 3.744588],
    ['gamma', 15.44775],
  ] as const)('reproduces the published %s within 1e-3 relative', (name, published) => {
    expect(Math.abs(fit.parameters[name] / published - 1)).toBeLessThan(1e-3);
  });

  it('reproduces the published log-likelihood within 1e-3', () => {
    expect(Math.abs(fit.logLikelihood - -4055.9232)).toBeLessThan(1e-3);
  });
});

describe('fitGammaGamma bad input', () => {
  it('refuses data without returning customers, naming the field', () => {
    const summary = rfmSummaryFromRows([{ frequency: 0, recency: 0, T: 10 }]);
    expect(() => fitGammaGamma(summary)).toThrow(/no returning customers/);
  });

  it('refuses a returning customer with zero spend, naming the customer', () => {
    const summary = rfmSummaryFromRows([{ frequency: 2, recency: 5, T: 10, monetaryValue: 0 }]);
    expect(() => fitGammaGamma(summary)).toThrow(/customer 1: monetary_value must be > 0/);
  });
});
