import { frequencyRecencyMatrices } from './frequency-recency-matrix';
import { purchaseModelOf } from './purchase-model';

const bgNbd = purchaseModelOf({
  model: 'bgnbd',
  parameters: { r: 0.2425929, alpha: 4.413532, a: 0.792886, b: 2.425752 },
});

describe('frequencyRecencyMatrices', () => {
  it('has expected purchases rising with recency at fixed frequency and P(alive) in [0, 1]', () => {
    const matrices = frequencyRecencyMatrices(bgNbd, { T: 38.86, maxFrequency: 10, recencySteps: 20, horizon: 1 });
    expect(matrices.expectedPurchases).toHaveLength(11);
    const row = matrices.expectedPurchases[5];
    expect(row[19]).toBeGreaterThan(row[0]);
    expect(matrices.probabilityAlive.flat().every((p) => p >= 0 && p <= 1)).toBe(true);
  });
});
