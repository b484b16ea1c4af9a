import { evaluateBlocking, evaluateClusters } from '../evaluate/evaluate-clusters';
import { resolveIdentities } from '../pipeline/resolve-identities';
import { generateCustomerRecords } from './generate-customer-records';

describe('realistic multi-source generator', () => {
  it('is deterministic for a seed and has the promised shape', () => {
    const a = generateCustomerRecords({ people: 200, seed: 9 });
    const b = generateCustomerRecords({ people: 200, seed: 9 });
    expect(a).toEqual(b);
    expect(a.records.length).toBe(a.personIds.length);
    const sources = new Set(a.records.map((r) => r.source));
    expect([...sources].sort()).toEqual(['call_center', 'crm', 'loyalty', 'web', 'whatsapp']);
    const whatsapp = a.records.filter((r) => r.source === 'whatsapp');
    expect(whatsapp.every((r) => r.lastName === undefined && r.phone)).toBe(true);
  });

  // The default configuration, no tuning for this data: F1 goal ≥ 0.9 (a competent Splink
  // setup scores about 0.8 on data like this). Floors are set just under what we reach.
  it.each([
    [4000, 7],
    [4000, 8],
  ])('resolves %i people (seed %i) at pairwise F1 ≥ 0.89', (people, seed) => {
    const data = generateCustomerRecords({ people, seed });
    const result = resolveIdentities(data.records);
    const e = evaluateClusters(result.customerIds, data.personIds);
    const blocking = evaluateBlocking(result.pairs.pairA, result.pairs.pairB, result.pairs.count, data.personIds);
    process.stdout.write(
      `synthetic ${people} people / ${data.records.length} records (seed ${seed}): precision ${e.precision.toFixed(4)} recall ${e.recall.toFixed(4)} ` +
        `F1 ${e.f1.toFixed(4)}; pairs completeness ${blocking.pairsCompleteness.toFixed(4)}, reduction ratio ${blocking.reductionRatio.toFixed(6)}\n`,
    );
    expect(e.f1).toBeGreaterThanOrEqual(0.89);
    expect(e.precision).toBeGreaterThanOrEqual(0.95);
  });
});
