import { simulateBgNbdSummary } from '../simulation/simulate-bg-nbd';
import {
  bgNbdExpectedPurchases,
  bgNbdExpectedPurchasesNewCustomer,
  bgNbdProbabilityAlive,
  bgNbdPurchaseCountProbability,
} from './bg-nbd.predict';

const cdnow = { r: 0.2425929, alpha: 4.413532, a: 0.792886, b: 2.425752 };

describe('BG/NBD predictions', () => {
  it('reproduces the published CDNOW example: E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226', () => {
    expect(bgNbdExpectedPurchases(cdnow, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('gives P(alive) = 1 without repeat purchases and lower the longer a frequent buyer is silent', () => {
    expect(bgNbdProbabilityAlive(cdnow, 0, 0, 38.86)).toBe(1);
    const recent = bgNbdProbabilityAlive(cdnow, 10, 38, 38.86);
    const silent = bgNbdProbabilityAlive(cdnow, 10, 5, 38.86);
    expect(recent).toBeGreaterThan(0.9);
    expect(silent).toBeLessThan(0.01);
    expect(bgNbdProbabilityAlive(cdnow, 400, 1, 1000)).toBe(0); // underflows to 0, never NaN
  });

  it('has P(X(t) = n) summing to 1 with mean E[X(t)]', () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const probability = bgNbdPurchaseCountProbability(cdnow, 39, n);
      total += probability;
      mean += n * probability;
    }
    expect(total).toBeCloseTo(1, 8);
    expect(mean).toBeCloseTo(bgNbdExpectedPurchasesNewCustomer(cdnow, 39), 6);
  });

  it('matches the simulated mean number of purchases of new customers', () => {
    const simulated = simulateBgNbdSummary(cdnow, { customers: 20_000, minT: 52, maxT: 52, seed: 7 });
    const mean = simulated.frequency.reduce((sum, x) => sum + x, 0) / simulated.frequency.length;
    expect(Math.abs(mean / bgNbdExpectedPurchasesNewCustomer(cdnow, 52) - 1)).toBeLessThan(0.05);
  });

  it('handles a = 1 (a removable 0/0) and long horizons without NaN', () => {
    const value = bgNbdExpectedPurchases({ ...cdnow, a: 1 }, 39, 2, 30.43, 38.86);
    const left = bgNbdExpectedPurchases({ ...cdnow, a: 0.999 }, 39, 2, 30.43, 38.86);
    const right = bgNbdExpectedPurchases({ ...cdnow, a: 1.001 }, 39, 2, 30.43, 38.86);
    expect(value).toBeGreaterThan(Math.min(left, right));
    expect(value).toBeLessThan(Math.max(left, right));
    expect(Number.isFinite(bgNbdExpectedPurchases(cdnow, 1e5, 30, 38, 38.86))).toBe(true);
  });
});
