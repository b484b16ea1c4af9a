import { rfmSummaryFromRows } from './rfm-summary';
import { validateRfmSummary } from './validate-rfm-summary';

describe('validateRfmSummary', () => {
  it.each([
    [{ frequency: 2, recency: 40, T: 38.86 }, /customer 1: recency recency 40 is greater than T 38.86/],
    [{ frequency: -1, recency: 0, T: 10 }, /customer 1: frequency must be a whole number ≥ 0, got -1/],
    [{ frequency: 1.5, recency: 3, T: 10 }, /frequency must be a whole number/],
    [{ frequency: 1, recency: NaN, T: 10 }, /recency must be a number ≥ 0, got NaN/],
    [{ frequency: 0, recency: 3, T: 10 }, /recency must be 0 when frequency is 0/],
    [{ frequency: 1, recency: 3, T: 10, monetaryValue: -2 }, /monetaryValue must be a number ≥ 0/],
  ])('rejects %p', (row, message) => {
    expect(() => validateRfmSummary(rfmSummaryFromRows([row]))).toThrow(message);
  });

  it('rejects an empty summary', () => {
    expect(() => validateRfmSummary(rfmSummaryFromRows([]))).toThrow(/no customers/);
  });
});
