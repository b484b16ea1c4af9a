import { SeededRandom } from '@rapport/shared-util';
import { type BgNbdParameters } from '../bg-nbd/bg-nbd.parameters';
import { type GammaGammaParameters } from '../gamma-gamma/gamma-gamma.parameters';
import { type RfmSummary } from '../rfm/rfm-summary';

/** Options of {@link simulateBgNbdSummary}. */
export interface BgNbdSimulationOptions {
  readonly customers: number;
  /** Customers' T are drawn uniformly from [minT, maxT] (a cohort acquired over a period). */
  readonly minT: number;
  readonly maxT: number;
  readonly seed: number | string;
  /** Round t_x and T down to whole units, as data summarised by day are (many fewer unique triples). */
  readonly wholeUnits?: boolean;
  /** When given, monetary values are drawn from the Gamma-Gamma model with these parameters. */
  readonly spend?: GammaGammaParameters;
}

/**
 * Draws customers from the BG/NBD generative process: λ ~ Gamma(r, rate α), p ~ Beta(a, b);
 * purchases at Poisson(λ) times after the first purchase, and after each repeat purchase the
 * customer drops out with probability p. With `spend`, each customer's ν ~ Gamma(q, rate γ) and the
 * mean of x transaction values ~ Gamma(p, rate ν) is drawn in one Gamma(px, rate xν) draw.
 * Used by the parameter-recovery tests and the benchmark; reproducible for a given seed.
 */
export function simulateBgNbdSummary(parameters: BgNbdParameters, options: BgNbdSimulationOptions): RfmSummary {
  const random = new SeededRandom(options.seed);
  const n = options.customers;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const monetaryValue = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let horizon = options.minT + (options.maxT - options.minT) * random.next();
    if (options.wholeUnits) horizon = Math.floor(horizon);
    const lambda = random.gamma(parameters.r, 1 / parameters.alpha);
    const dropout = random.beta(parameters.a, parameters.b);
    let time = 0;
    let purchases = 0;
    let last = 0;
    for (;;) {
      time += random.exponential(lambda);
      if (time > horizon) break;
      purchases++;
      last = time;
      if (random.next() < dropout) break;
    }
    frequency[i] = purchases;
    recency[i] = options.wholeUnits ? Math.floor(last) : last;
    T[i] = horizon;
    if (options.spend && purchases > 0) {
      const nu = random.gamma(options.spend.q, 1 / options.spend.gamma);
      monetaryValue[i] = random.gamma(options.spend.p * purchases, 1 / (nu * purchases));
    }
  }
  return { frequency, recency, T, monetaryValue };
}
