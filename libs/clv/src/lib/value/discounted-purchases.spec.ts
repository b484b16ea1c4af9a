import { customerLifetimeValue, discountedExpectedPurchases } from './discounted-purchases';
import { purchaseModelOf } from './purchase-model';

const bgNbd = purchaseModelOf({
  model: 'bgnbd',
  parameters: { r: 0.2425929, alpha: 4.413532, a: 0.792886, b: 2.425752 },
});

describe('discounted CLV', () => {
  it('equals the undiscounted expectation over the horizon at a 0 % rate, and less when discounted', () => {
    const undiscounted = discountedExpectedPurchases(bgNbd, 2, 30.43, 38.86, {
      months: 12,
      monthlyDiscountRate: 0,
      unit: 'weeks',
    });
    expect(undiscounted).toBeCloseTo(bgNbd.expectedPurchases((12 * 30.4375) / 7, 2, 30.43, 38.86), 10);
    const discounted = customerLifetimeValue(bgNbd, 30, 2, 30.43, 38.86, {
      months: 12,
      monthlyDiscountRate: 0.01,
      unit: 'weeks',
    });
    expect(discounted).toBeLessThan(30 * undiscounted);
    expect(discounted).toBeGreaterThan(30 * undiscounted * 0.9);
  });
});
