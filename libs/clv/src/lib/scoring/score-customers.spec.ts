import { readCdnowSummary } from '../../../fixtures/cdnow-fixtures';
import { rfmSummaryFromRows } from '../rfm/rfm-summary';
import { VALUE_SEGMENTS } from '../segments/value-segment';
import { purchaseModelOf } from '../value/purchase-model';
import { scoreCustomers } from './score-customers';

const bgNbd = purchaseModelOf({
  model: 'bgnbd',
  parameters: { r: 0.2425929, alpha: 4.413532, a: 0.792886, b: 2.425752 },
});
const spend = { parameters: { p: 6.248802, q: 3.744588, gamma: 15.44775 } };

describe('scoreCustomers on CDNOW', () => {
  const summary = readCdnowSummary();
  const scores = scoreCustomers(summary, {
    purchaseModel: bgNbd,
    spend,
    unit: 'weeks',
    clvMonths: 12,
    monthlyDiscountRate: 0.01,
  });

  it('gives finite, non-negative predictions for every customer', () => {
    for (const values of [scores.expectedPurchases, scores.probabilityAlive, scores.expectedSpend, scores.clv]) {
      expect(values.length).toBe(2357);
      expect(values.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    }
    expect(scores.probabilityAlive.every((p) => p <= 1)).toBe(true);
  });

  it('puts every customer in one of the named segments, champions being the valuable and alive', () => {
    const counts = VALUE_SEGMENTS.map((_, s) => scores.segmentIndex.filter((i) => i === s).length);
    console.log(
      'CDNOW segments',
      JSON.stringify(Object.fromEntries(VALUE_SEGMENTS.map((name, s) => [name, counts[s]]))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2357);
    expect(counts[0]).toBe(0); // nobody is new: every CDNOW customer is at least 27 weeks old
    expect(counts[1]).toBeGreaterThan(0);
    scores.segmentIndex.forEach((segment, i) => {
      if (segment === 1) expect(scores.clv[i]).toBeGreaterThanOrEqual(scores.championsMinClv);
    });
  });

  it('uses the Gamma-Gamma expected spend, shrunk towards the population mean', () => {
    const i = 0; // customer 1: x = 2, mean spend 22.35
    expect(scores.expectedSpend[i]).toBeCloseTo((6.248802 * (15.44775 + 2 * 22.35)) / (6.248802 * 2 + 3.744588 - 1), 6);
  });
});

describe('segment rules', () => {
  const summary = rfmSummaryFromRows([
    { frequency: 0, recency: 0, T: 30 }, // new
    { frequency: 12, recency: 360, T: 365, monetaryValue: 100 }, // champions
    { frequency: 2, recency: 340, T: 365, monetaryValue: 5 }, // loyal (alive, low value)
    { frequency: 3, recency: 150, T: 365, monetaryValue: 20 }, // at risk
    { frequency: 0, recency: 0, T: 365 }, // hibernating one-off buyer
  ]);
  const model = purchaseModelOf({ model: 'bgnbd', parameters: { r: 0.5, alpha: 60, a: 0.8, b: 2.5 } });

  it('assigns the documented segments in order', () => {
    const scores = scoreCustomers(summary, {
      purchaseModel: model,
      unit: 'days',
      segmentRules: { championsMinClv: 100 },
    });
    expect(Array.from(scores.segmentIndex, (s) => VALUE_SEGMENTS[s])).toEqual([
      'new',
      'champions',
      'loyal',
      'at_risk',
      'hibernating',
    ]);
  });

  it('rejects thresholds outside [0, 1], naming the rule', () => {
    expect(() =>
      scoreCustomers(summary, { purchaseModel: model, unit: 'days', segmentRules: { loyalMinProbabilityAlive: 2 } }),
    ).toThrow(/loyalMinProbabilityAlive must be between 0 and 1/);
  });
});
