import { digamma } from './digamma';
import { hypergeometric2F1, hypergeometricSeries } from './hypergeometric-2f1';
import { logAddExp, logSubExp } from './log-add-exp';
import { gammaSign, logGamma } from './log-gamma';

const EULER_GAMMA = 0.5772156649015329;

describe('logGamma', () => {
  it.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1, 0],
    [2, 0],
    [10, Math.log(362880)],
    [171, 706.5730622457874],
    [1e-8, 18.420680738180209],
    [-0.5, Math.log(2 * Math.sqrt(Math.PI))],
    [-2.5, Math.log((8 * Math.sqrt(Math.PI)) / 15)],
  ])('ln|Γ(%p)| = %p', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 11);
  });

  it('gives the sign of Γ for negative arguments', () => {
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(-2.5)).toBe(-1);
  });
});

describe('digamma', () => {
  it.each([
    [1, -EULER_GAMMA],
    [0.5, -EULER_GAMMA - 2 * Math.log(2)],
    [10, 2.251752589066721],
    [-0.5, 0.03648997397857652],
  ])('ψ(%p) = %p', (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 12);
  });

  it('is the derivative of logGamma', () => {
    for (const x of [0.07, 0.9, 3.3, 47]) {
      const h = 1e-5;
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 5);
    }
  });
});

describe('hypergeometric2F1', () => {
  const relativeError = (a: number, b: number): number => Math.abs(a / b - 1);

  it.each([-100, -5, -0.9, -0.3, 0.2, 0.5, 0.76, 0.9, 0.999, 0.999999])(
    '₂F₁(1, 1; 2; z) = −ln(1 − z)/z at z = %p (series, Pfaff and the degenerate continuation)',
    (z) => {
      expect(relativeError(hypergeometric2F1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-11);
    },
  );

  it.each([-20, -0.7, 0.3, 0.8, 0.99, 0.99999])('₂F₁(a, b; b; z) = (1 − z)^−a at z = %p', (z) => {
    expect(relativeError(hypergeometric2F1(0.37, 2.6, 2.6, z), Math.pow(1 - z, -0.37))).toBeLessThan(1e-12);
  });

  it.each([0.1, 0.9, 0.99, 0.9999])('₂F₁(½, ½; 3/2; z²) = arcsin(z)/z at z = %p', (z) => {
    expect(relativeError(hypergeometric2F1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z)).toBeLessThan(1e-12);
  });

  it('is continuous where it switches from the series to the continuation around 1', () => {
    // Parameter sets as the Pareto/NBD likelihood and BG/NBD expectations produce them.
    const cases = [
      [1.16, 1.61, 2.16],
      [30.2, 1.6, 31.2],
      [10.55, 10.55, 12.7],
      [0.24, 2.43, 2.22],
      [5.24, 7.4, 8.2],
    ];
    for (const [a, b, c] of cases) {
      for (const z of [0.7500001, 0.9, 0.95]) {
        expect(relativeError(hypergeometric2F1(a, b, c, z), hypergeometricSeries(a, b, c, z))).toBeLessThan(1e-12);
      }
    }
  });

  it('refuses z ≥ 1 instead of returning NaN', () => {
    expect(() => hypergeometric2F1(1, 1, 2, 1)).toThrow(RangeError);
  });
});

describe('logAddExp / logSubExp', () => {
  it('adds and subtracts in log space without overflow', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logSubExp(Math.log(5), Math.log(3))).toBeCloseTo(Math.log(2), 12);
    expect(logSubExp(2, 2)).toBe(-Infinity);
  });
});
