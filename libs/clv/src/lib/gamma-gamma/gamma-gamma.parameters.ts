/**
 * Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV"): each transaction value
 * ~ Gamma(p, ν), with the customer's ν ~ Gamma(q, γ). Mean spend per transaction is pγ/(q − 1).
 */
export interface GammaGammaParameters {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}
