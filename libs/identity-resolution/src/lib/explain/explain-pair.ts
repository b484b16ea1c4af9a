import { type PairScorer, LEVEL_STRIDE } from '../model/pair-scorer';
import { weightToProbability } from '../model/fellegi-sunter-model';

/** One bar of a match-weight waterfall. */
export interface ComparisonContribution {
  comparison: string;
  role: 'personal' | 'shared';
  /** 0 = a value is missing (no evidence), else 1…L. */
  level: number;
  levelLabel: string;
  /** Values compared (normalised), as "a" and "b". */
  valueA: string;
  valueB: string;
  /** log2(m/u) of the level. */
  weight: number;
  /** Extra bits for a rare (positive) or common (negative) shared value. */
  termFrequencyAdjustment: number;
  /**
   * What the bar adds to the match weight: weight + adjustment, except for a disagreement in
   * a correlation group that is not the group's most negative (then 0).
   */
  counted: number;
  /** Correlation group of the comparison, if any. */
  group: string | null;
  m: number | null;
  u: number | null;
}

/** Why two records score as they do: the prior plus one bar per comparison. */
export interface PairExplanation {
  a: number;
  b: number;
  priorWeight: number;
  contributions: ComparisonContribution[];
  /** Sum of the prior and every bar (log2 odds). */
  matchWeight: number;
  probability: number;
  /** Sum of the personal comparisons' bars (what cluster vetoes look at). */
  personalEvidence: number;
}

/** The match-weight waterfall of records `a` and `b` of the scorer's table. */
export function explainPair(scorer: PairScorer, a: number, b: number): PairExplanation {
  const table = scorer.table;
  const contributions: ComparisonContribution[] = [];
  scorer.comparisons.forEach((comparison, c) => {
    const level = comparison.compare(table, a, b);
    const parameters = scorer.model.parameters[c];
    const weight = level === 0 ? 0 : scorer.weights[c * LEVEL_STRIDE + level];
    const adjustment = level === 1 ? scorer.termAdjustment(c, a) : 0;
    const show = (i: number): string =>
      comparison.columns.map((name) => table.values[table.columnIndex(name)][i]).filter((v) => v.length > 0).join(' ');
    contributions.push({
      comparison: comparison.name,
      role: comparison.role,
      level,
      levelLabel: level === 0 ? 'missing' : comparison.levels[level - 1],
      valueA: show(a),
      valueB: show(b),
      weight,
      termFrequencyAdjustment: adjustment,
      m: level === 0 ? null : parameters.m[level - 1],
      u: level === 0 ? null : parameters.u[level - 1],
      counted: weight + adjustment,
      group: comparison.group,
    });
  });
  // Within a correlation group only the most negative disagreement counts (as in PairScorer).
  const worst = new Map<string, ComparisonContribution>();
  for (const bar of contributions) {
    if (bar.group === null || bar.counted >= 0) continue;
    const current = worst.get(bar.group);
    if (!current || bar.counted < current.counted) worst.set(bar.group, bar);
  }
  for (const bar of contributions) if (bar.group !== null && bar.counted < 0 && worst.get(bar.group) !== bar) bar.counted = 0;
  let total = scorer.prior;
  let personal = 0;
  for (const bar of contributions) {
    total += bar.counted;
    if (bar.role === 'personal') personal += bar.counted;
  }
  return {
    a,
    b,
    priorWeight: scorer.prior,
    contributions,
    matchWeight: total,
    probability: weightToProbability(total),
    personalEvidence: personal,
  };
}

/** A one-line summary of the strongest bars, e.g. `phone exact +17.2, firstName nickname +3.1`. */
export function summariseExplanation(explanation: PairExplanation, bars = 3): string {
  return explanation.contributions
    .filter((c) => c.level > 0)
    .map((c) => ({ c, total: c.counted }))
    .sort((x, y) => Math.abs(y.total) - Math.abs(x.total))
    .slice(0, bars)
    .map(({ c, total }) => `${c.comparison} ${c.levelLabel} ${total >= 0 ? '+' : ''}${total.toFixed(1)}`)
    .join(', ');
}
