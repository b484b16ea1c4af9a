import { type Comparison } from '../compare/comparison';

/** Result of one EM session. */
export interface EmSession {
  /** m per comparison (levels 1…L), null for comparisons the session left out. */
  m: (number[] | null)[];
  /** Expected matches per comparison with a non-null level (the weight of this session's m). */
  support: number[];
  /** Fraction of the session's pairs that are matches. */
  matchFraction: number;
  /** Fraction of the session's pairs in the household class (0 without it). */
  householdFraction: number;
  /** Number of pairs in the session. */
  pairs: number;
  iterations: number;
}

/** Options of {@link estimateM}. */
export interface EmOptions {
  maxIterations: number;
  /** Pseudo-counts of the Dirichlet prior around each comparison's `priorM`. */
  priorStrength: number;
  tolerance: number;
  /** Model a third latent class, "same household, different person" (see below). */
  householdClass: boolean;
}

/**
 * Expectation-maximisation of m-probabilities and the match fraction over pattern counts,
 * with u fixed (from random sampling). Comparisons in `excluded` (fixed by the session's
 * blocking rule) are ignored. Missing values (level 0) carry no evidence, so a source that
 * never has a field neither helps nor hurts its m. A Dirichlet prior keeps rare levels
 * away from 0 and 1, so a field that seldom agrees cannot collapse the fit.
 *
 * With `householdClass`, a third latent class absorbs pairs that agree on shared attributes
 * (address, surname, landline) but not on personal ones: its prior starts at the match
 * prior for shared comparisons and at u for personal ones. Without it, two-class EM on data
 * with households learns "same address" instead of "same person" (m of a wrong given name
 * becomes large), which is the collapse this avoids.
 */
export function estimateM(
  comparisons: readonly Comparison[],
  u: readonly (readonly number[])[],
  patternLevels: Uint8Array,
  patternCounts: Float64Array,
  patternCount: number,
  excluded: readonly boolean[],
  options: EmOptions,
): EmSession {
  const k = comparisons.length;
  const m = comparisons.map((c) => [...c.priorM]);
  const householdPrior = comparisons.map((c, i) => (c.role === 'shared' ? [...c.priorM] : [...u[i]]));
  const h = householdPrior.map((row) => [...row]);
  const logM = comparisons.map((c) => new Float64Array(c.levels.length + 1));
  const logH = comparisons.map((c) => new Float64Array(c.levels.length + 1));
  const logU = comparisons.map((c, i) => Float64Array.from([0, ...u[i].map((x) => Math.log(x))]));
  // Only patterns present in this session take part (sessions see a fraction of all pairs).
  const active: number[] = [];
  let total = 0;
  for (let p = 0; p < patternCount; p++) {
    if (patternCounts[p] > 0) active.push(p);
    total += patternCounts[p];
  }
  let lambda = 0.3;
  let eta = options.householdClass ? 0.1 : 0;
  const expectedM = comparisons.map((c) => new Float64Array(c.levels.length + 1));
  const expectedH = comparisons.map((c) => new Float64Array(c.levels.length + 1));
  const postM = new Float64Array(patternCount);
  const postH = new Float64Array(patternCount);
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations++) {
    for (let c = 0; c < k; c++) {
      for (let l = 1; l <= m[c].length; l++) {
        logM[c][l] = Math.log(m[c][l - 1]);
        logH[c][l] = Math.log(h[c][l - 1]);
      }
    }
    const priorM = Math.log(lambda);
    const priorH = eta > 0 ? Math.log(eta) : -Infinity;
    const priorU = Math.log(Math.max(1e-12, 1 - lambda - eta));
    let matches = 0;
    let households = 0;
    for (let i = 0; i < active.length; i++) {
      const p = active[i];
      let a = priorM;
      let b = priorH;
      let z = priorU;
      const base = p * k;
      for (let c = 0; c < k; c++) {
        const level = patternLevels[base + c];
        if (level === 0 || excluded[c]) continue;
        a += logM[c][level];
        b += logH[c][level];
        z += logU[c][level];
      }
      const top = Math.max(a, b, z);
      const ea = Math.exp(a - top);
      const eb = Math.exp(b - top);
      const ez = Math.exp(z - top);
      const sum = ea + eb + ez;
      postM[p] = ea / sum;
      postH[p] = eb / sum;
      matches += postM[p] * patternCounts[p];
      households += postH[p] * patternCounts[p];
    }
    for (const e of expectedM) e.fill(0);
    for (const e of expectedH) e.fill(0);
    for (let i = 0; i < active.length; i++) {
      const p = active[i];
      const wm = postM[p] * patternCounts[p];
      const wh = postH[p] * patternCounts[p];
      const base = p * k;
      for (let c = 0; c < k; c++) {
        const level = patternLevels[base + c];
        expectedM[c][level] += wm;
        expectedH[c][level] += wh;
      }
    }
    let change = Math.abs(matches / total - lambda);
    lambda = Math.min(0.999, Math.max(1e-6, matches / total));
    if (options.householdClass) eta = Math.min(0.9, Math.max(1e-6, households / total));
    for (let c = 0; c < k; c++) {
      if (excluded[c]) continue;
      const levels = m[c].length;
      let sumM = options.priorStrength;
      let sumH = options.priorStrength;
      for (let l = 1; l <= levels; l++) {
        sumM += expectedM[c][l];
        sumH += expectedH[c][l];
      }
      for (let l = 1; l <= levels; l++) {
        const next = (expectedM[c][l] + options.priorStrength * comparisons[c].priorM[l - 1]) / sumM;
        change = Math.max(change, Math.abs(next - m[c][l - 1]));
        m[c][l - 1] = next;
        h[c][l - 1] = (expectedH[c][l] + options.priorStrength * householdPrior[c][l - 1]) / sumH;
      }
    }
    if (change < options.tolerance) {
      iterations++;
      break;
    }
  }
  const support = comparisons.map((_, c) => {
    let s = 0;
    for (let l = 1; l < expectedM[c].length; l++) s += expectedM[c][l];
    return excluded[c] ? 0 : s;
  });
  return {
    m: m.map((row, c) => (excluded[c] ? null : row)),
    support,
    matchFraction: lambda,
    householdFraction: eta,
    pairs: total,
    iterations,
  };
}
