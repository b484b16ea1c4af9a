import {
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesNewCustomer,
  paretoNbdProbabilityAlive,
} from './pareto-nbd.predict';

const pareto = { r: 0.553276, alpha: 10.57761, s: 0.606214, beta: 11.6679 };

describe('Pareto/NBD predictions', () => {
  it('agree with the BG/NBD ones on CDNOW within the models\u2019 difference', () => {
    const paretoExpected = paretoNbdExpectedPurchases(pareto, 39, 2, 30.43, 38.86);
    expect(paretoExpected).toBeGreaterThan(0.8);
    expect(paretoExpected).toBeLessThan(1.6);
    expect(paretoNbdProbabilityAlive(pareto, 0, 0, 38.86)).toBeGreaterThan(0);
    expect(paretoNbdProbabilityAlive(pareto, 0, 0, 38.86)).toBeLessThan(1);
  });

  it('expected purchases of a new customer equal the conditional ones at x = t_x = T = 0', () => {
    expect(paretoNbdExpectedPurchases(pareto, 52, 0, 0, 0)).toBeCloseTo(
      paretoNbdExpectedPurchasesNewCustomer(pareto, 52),
      10,
    );
  });
});
