import { hypergeometric2F1 } from '../special/hypergeometric-2f1';
import { logSubExp } from '../special/log-add-exp';
import { abs, INFINITY, log } from '../common/fast-math';

/**
 * ln A₀ of the Pareto/NBD likelihood (Fader & Hardie, "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions", 2005, eq. 22), i.e. ln[(r+s+x)/s · ∫_{t_x}^{T} s (α+τ)^−(r+x) (β+τ)^−(s+1) dτ]:
 *
 *   α ≥ β: A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^(r+s+x) − [same at T]
 *   α < β: A₀ = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t_x)) / (β+t_x)^(r+s+x) − [same at T]
 *
 * Choosing the form by α vs β keeps z in [0, 1) (the other form's series diverges when
 * |α − β| > min(α, β) + t); ₂F₁ itself handles z near 1. −Infinity when t_x = T.
 */
export function paretoNbdLogA0(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
): number {
  return logSubExp(paretoNbdLogA0Term(r, alpha, s, beta, x, tx), paretoNbdLogA0Term(r, alpha, s, beta, x, T));
}

/** One of the two terms of A₀, ln[₂F₁(…; z(t)) / (max(α, β) + t)^(r+s+x)], at time t. */
export function paretoNbdLogA0Term(r: number, alpha: number, s: number, beta: number, x: number, t: number): number {
  const rsx = r + s + x;
  const alphaLarger = alpha >= beta;
  const larger = alphaLarger ? alpha : beta;
  const smaller = alphaLarger ? beta : alpha;
  const z = abs(alpha - beta) / (larger + t);
  // 1 − z = (min(α, β) + t)/(max(α, β) + t) exactly, even where z itself rounds to 1.
  const oneMinusZ = (smaller + t) / (larger + t);
  if (!(oneMinusZ > 0)) return INFINITY;
  return log(hypergeometric2F1(rsx, alphaLarger ? s + 1 : r + x, rsx + 1, z, oneMinusZ)) - rsx * log(larger + t);
}
