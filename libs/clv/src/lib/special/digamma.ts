import { PI, isInteger, log, tan } from '../common/fast-math';
/**
 * ψ(x) = d/dx ln Γ(x), for the analytic likelihood gradients.
 * Shifts x above 10 with ψ(x) = ψ(x + 1) − 1/x, then uses the asymptotic series
 * (error below 1e-15 there); negative x by reflection.
 */
export function digamma(x: number): number {
  if (x <= 0) {
    if (isInteger(x)) return NaN;
    return digamma(1 - x) - PI / tan(PI * x);
  }
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const tail = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return shift + log(x) - 0.5 * inv - tail;
}
