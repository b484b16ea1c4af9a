import { record } from '../testing/level-of';
import { generateCandidatePairs } from './generate-candidate-pairs';

describe('generateCandidatePairs', () => {
  const rules = [
    { name: 'phone', parts: [{ field: 'phone' }] },
    { name: 'email', parts: [{ field: 'email' }] },
  ];

  it('emits each pair of the union once, from the first rule that blocks it', () => {
    const records = [
      record({ phone: '+1', email: 'a@x.io' }),
      record({ phone: '+1', email: 'a@x.io' }),
      record({ phone: '+2', email: 'a@x.io' }),
      record({ phone: '+3' }),
    ];
    const pairs = generateCandidatePairs(records, rules, 100);
    const list = Array.from({ length: pairs.count }, (_, i) => [pairs.pairA[i], pairs.pairB[i], pairs.pairRule[i]]);
    expect(list).toEqual([
      [0, 1, 0],
      [0, 2, 1],
      [1, 2, 1],
    ]);
    expect(pairs.stats.map((s) => s.newPairs)).toEqual([1, 2]);
  });

  it('skips and reports oversized blocks', () => {
    const records = Array.from({ length: 50 }, () => record({ phone: '+1' }));
    const pairs = generateCandidatePairs(records, rules, 10);
    expect(pairs.count).toBe(0);
    expect(pairs.stats[0]).toMatchObject({ oversizedBlocks: 1, oversizedRecords: 50 });
  });
});
