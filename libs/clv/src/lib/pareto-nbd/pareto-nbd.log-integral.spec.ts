import { paretoNbdLogA0 } from './pareto-nbd.log-integral';

/** (r+s+x)/s · ∫_{t_x}^{T} s (α+τ)^−(r+x) (β+τ)^−(s+1) dτ by composite Simpson, the definition of A₀. */
function a0ByQuadrature(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const steps = 20_000;
  const h = (T - tx) / steps;
  const f = (tau: number): number => Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1));
  let sum = f(tx) + f(T);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(tx + i * h);
  return (r + s + x) * ((sum * h) / 3);
}

describe('paretoNbdLogA0 (the ₂F₁ part of the Pareto/NBD likelihood)', () => {
  it.each([
    // α < β: the CDNOW optimum
    [0.553, 10.58, 0.606, 11.67, 2, 30.43, 38.86],
    // α ≫ β and small t: z = (α − β)/(α + t) close to 1, where the plain series crawls
    [0.8, 500, 0.4, 0.5, 0, 0, 30],
    [0.8, 500, 1.0, 0.5, 3, 0.2, 30],
    // β ≫ α: the other branch, z close to 1
    [2.5, 0.3, 0.7, 400, 5, 1, 52],
    // s + 1 − (r + s + x + 1) + ... degenerate (integer c − a − b) at s = 1 and r + x = 3
    [1, 200, 1, 0.1, 2, 0.5, 39],
  ])('matches quadrature of its integral at r=%p α=%p s=%p β=%p x=%p t_x=%p T=%p', (r, alpha, s, beta, x, tx, T) => {
    const logA0 = paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
    expect(Math.abs(logA0 - Math.log(a0ByQuadrature(r, alpha, s, beta, x, tx, T)))).toBeLessThan(1e-7);
  });

  it('stays finite where z = (α − β)/(α + t) rounds to 1 (β/α below machine precision)', () => {
    const logA0 = paretoNbdLogA0(0.5, 1e6, 0.5, 1e-12, 0, 0, 10);
    expect(Number.isFinite(logA0)).toBe(true);
    // Halving β raises the integrand near τ = 0, so A₀ must grow.
    expect(paretoNbdLogA0(0.5, 1e6, 0.5, 0.5e-12, 0, 0, 10)).toBeGreaterThan(logA0);
  });

  it('is −Infinity (no drop-out window) when t_x = T', () => {
    expect(paretoNbdLogA0(0.5, 10, 0.6, 11, 3, 20, 20)).toBe(-Infinity);
  });
});
