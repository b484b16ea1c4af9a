/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates λ ~ Gamma(r, α) while alive,
 * drop-out probability after each purchase p ~ Beta(a, b). α is in the data's time unit.
 */
export interface BgNbdParameters {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}
