import { INFINITY, exp, expm1, log, log1p } from '../common/fast-math';
/** ln(eᵃ + eᵇ) without overflow; either side may be −Infinity. */
export function logAddExp(a: number, b: number): number {
  if (a === -INFINITY) return b;
  if (b === -INFINITY) return a;
  return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b));
}

/** ln(eᵃ − eᵇ) for a ≥ b; −Infinity when they are equal. */
export function logSubExp(a: number, b: number): number {
  if (b === -INFINITY) return a;
  const d = b - a;
  if (d >= 0) return -INFINITY;
  return a + log(-expm1(d));
}
