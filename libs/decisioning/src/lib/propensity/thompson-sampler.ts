import { type SeededRandom } from '@rapport/shared-util';
import { normalQuantile } from '../ope/normal-quantile';
import { BetaVariate } from './beta-variate';

const NORMAL_TABLE_SIZE = 16384;
let normalTable: Float64Array | null = null;

/** Standard-normal quantiles at the midpoints of NORMAL_TABLE_SIZE equal-probability cells. */
function getNormalTable(): Float64Array {
  if (!normalTable) {
    normalTable = new Float64Array(NORMAL_TABLE_SIZE);
    for (let j = 0; j < NORMAL_TABLE_SIZE; j++) normalTable[j] = normalQuantile((j + 0.5) / NORMAL_TABLE_SIZE);
  }
  return normalTable;
}

/**
 * Draws from Beta(alpha, beta) for Thompson sampling; the decision path draws once per candidate
 * offer, hundreds of times per request, so this is written for speed:
 * - with little evidence (alpha + beta < NORMAL_APPROXIMATION_EVIDENCE) it draws exactly (two
 *   gamma draws, see BetaVariate);
 * - with more, the Beta is close to a normal with the same mean and variance, drawn by inverse
 *   transform from a table of 16,384 normal quantiles: one uniform and one lookup, no logs or
 *   trigonometry. The table bounds |z| by MAX_Z (≈ 4), a truncation of probability 6e-5 that
 *   Thompson sampling cannot notice, and which lets the engine skip offers whose best possible
 *   draw (mean + MAX_Z·sd) cannot reach the top N.
 */
export class ThompsonSampler {
  static readonly NORMAL_APPROXIMATION_EVIDENCE = 40;
  /** Largest |z| the normal approximation can draw. */
  static readonly MAX_Z = -normalQuantile(0.5 / NORMAL_TABLE_SIZE);
  private readonly table = getNormalTable();
  private readonly exact: BetaVariate;

  constructor(private readonly random: SeededRandom) {
    this.exact = new BetaVariate(random);
  }

  sample(alpha: number, beta: number): number {
    const n = alpha + beta;
    if (n < ThompsonSampler.NORMAL_APPROXIMATION_EVIDENCE) return this.exact.sample(alpha, beta);
    const mean = alpha / n;
    return this.sampleNormal(mean, Math.sqrt((mean * (1 - mean)) / (n + 1)));
  }

  /** The normal-approximation draw of `sample`, from a mean and sd the caller has cached. */
  sampleNormal(mean: number, sd: number): number {
    const draw = mean + sd * this.table[(this.random.next() * NORMAL_TABLE_SIZE) | 0];
    return draw <= 0 ? 1e-9 : draw >= 1 ? 1 - 1e-9 : draw;
  }

  /**
   * Bounds of any draw from Beta(alpha, beta) by this sampler: [0, 1] when drawn exactly,
   * mean ± MAX_Z·sd (within (0, 1)) under the normal approximation.
   */
  static bounds(alpha: number, beta: number): [lower: number, upper: number] {
    const n = alpha + beta;
    if (n < ThompsonSampler.NORMAL_APPROXIMATION_EVIDENCE) return [0, 1];
    const mean = alpha / n;
    const spread = ThompsonSampler.MAX_Z * Math.sqrt((mean * (1 - mean)) / (n + 1));
    return [Math.max(1e-9, mean - spread), Math.min(1 - 1e-9, mean + spread)];
  }
}
