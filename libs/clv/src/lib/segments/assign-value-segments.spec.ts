import { SeededRandom } from '@rapport/shared-util';
import { quantile } from './assign-value-segments';

describe('quantile', () => {
  it('equals the sorted-order statistic, with ties and any q', () => {
    const random = new SeededRandom(3);
    const values = Float64Array.from({ length: 1001 }, () => Math.floor(random.next() * 50));
    const sorted = Float64Array.from(values).sort();
    for (const q of [0, 0.1, 0.5, 0.8, 0.999, 1])
      expect(quantile(values, q)).toBe(sorted[Math.min(1000, Math.floor(q * 1001))]);
  });
});
