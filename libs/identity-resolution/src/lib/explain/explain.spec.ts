import { generateCustomerRecords } from '../datasets/generate-customer-records';
import { resolveIdentities } from '../pipeline/resolve-identities';
import { explainCustomer } from './explain-customer';
import { explainPair, summariseExplanation } from './explain-pair';

describe('explanations', () => {
  const data = generateCustomerRecords({ people: 800, seed: 5 });
  const result = resolveIdentities(data.records);

  it('gives a waterfall whose bars add up to the match weight', () => {
    const merge = result.clustering.merges.find((m) => m.reason === 'model');
    expect(merge).toBeDefined();
    const e = explainPair(result.scorer, merge?.a ?? 0, merge?.b ?? 1);
    const sum = e.contributions.reduce((s, c) => s + c.counted, e.priorWeight);
    expect(e.matchWeight).toBeCloseTo(sum, 9);
    expect(e.matchWeight).toBeCloseTo(merge?.weight ?? 0, 9);
    expect(summariseExplanation(e)).toMatch(/[+-]\d/);
  });

  it('counts only the worst disagreement of a correlation group', () => {
    let checked = 0;
    for (let p = 0; p < result.pairs.count && checked < 200; p++) {
      const e = explainPair(result.scorer, result.pairs.pairA[p], result.pairs.pairB[p]);
      expect(e.matchWeight).toBeCloseTo(result.pairWeights[p], 9);
      const negatives = e.contributions.filter((c) => c.group === 'location' && c.counted < 0);
      expect(negatives.length).toBeLessThanOrEqual(1);
      checked++;
    }
  });

  it('explains a customer: records, merges and refusals', () => {
    const multi = result.customerIds.find((id, i) => result.customerIds.indexOf(id) !== i) ?? '';
    const e = explainCustomer(result, multi);
    expect(e.records.length).toBeGreaterThan(1);
    expect(e.merges.length).toBe(e.records.length - 1);
    for (const m of e.merges) expect(m.summary.length).toBeGreaterThan(0);
  });
});
