import { SeededRandom } from '@rapport/shared-util';
import { normalQuantile } from '../ope/normal-quantile';
import { BetaVariate } from './beta-variate';

describe('BetaVariate (exact draws for Thompson sampling with little evidence)', () => {
  it('draws standard normals by the ziggurat, tails included', () => {
    const variate = new BetaVariate(new SeededRandom(21));
    const n = 200_000;
    const cuts = [0.001, 0.025, 0.5, 0.975, 0.999].map((p) => ({ p, z: normalQuantile(p), below: 0 }));
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const x = variate.normal();
      sum += x;
      squares += x * x;
      for (const cut of cuts) if (x < cut.z) cut.below++;
    }
    expect(sum / n).toBeCloseTo(0, 2);
    expect(squares / n).toBeCloseTo(1, 1);
    // Each share within 4 standard errors of its probability.
    for (const cut of cuts) expect(Math.abs(cut.below / n - cut.p)).toBeLessThan(4 * Math.sqrt((cut.p * (1 - cut.p)) / n));
  });

  it('draws Beta(a, b) with its mean and variance, also for shapes below 1 (cold start)', () => {
    const variate = new BetaVariate(new SeededRandom(22));
    for (const [a, b] of [
      [0.1, 1.9],
      [1, 19],
      [12, 25],
    ]) {
      const n = 50_000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const x = variate.sample(a, b);
        sum += x;
        squares += x * x;
      }
      const mean = sum / n;
      expect(mean).toBeCloseTo(a / (a + b), 2);
      expect(squares / n - mean * mean).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 3);
    }
  });
});
