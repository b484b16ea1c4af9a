/**
 * Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): purchase rates λ ~ Gamma(r, α),
 * drop-out rates μ ~ Gamma(s, β); α and β are in the data's time unit.
 */
export interface ParetoNbdParameters {
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
}
