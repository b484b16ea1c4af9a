import { type Comparison } from '../compare/comparison';
import { type RecordTable } from '../record/record-table';
import { type FellegiSunterModel, priorWeight } from './fellegi-sunter-model';
import { ownTermProbabilities, recordTermProbabilities } from './term-frequencies';

/** Largest number of levels a comparison may have (plus the null level 0). */
export const LEVEL_STRIDE = 8;

/**
 * Scores record pairs of one table with one model. Weights sit in a flat Float64Array
 * (comparison × level) and term-frequency probabilities in one array per comparison, so
 * `score` allocates nothing. After each call, `levels` holds the comparison levels,
 * `lastPersonal` the personal evidence, `lastVetoWeight` the most negative weight of a
 * comparison that may veto on its own and `lastOverride` the agreement of identifying
 * personal attributes (email, ids) that can override such a veto.
 */
export class PairScorer {
  readonly weights: Float64Array;
  readonly prior: number;
  /** Per comparison with TF: P(value) per record (NaN missing); null otherwise. */
  readonly termProbabilities: (Float64Array | null)[];
  readonly exactU: Float64Array;
  readonly personal: Uint8Array;
  readonly vetoes: Uint8Array;
  /** Personal comparisons other than names and birth dates (email, ids): their agreement overrides a veto. */
  readonly overrides: Uint8Array;
  /** Correlation group index per comparison, -1 for none. */
  readonly groupOf: Int8Array;
  readonly levels: Uint8Array;
  private readonly groupMin: Float64Array;
  private readonly groupPersonal: Uint8Array;
  lastPersonal = 0;
  lastVetoWeight = 0;
  lastOverride = 0;

  constructor(
    readonly model: FellegiSunterModel,
    readonly table: RecordTable,
    readonly comparisons: readonly Comparison[],
    termSource: 'table' | 'model',
  ) {
    const k = comparisons.length;
    this.weights = new Float64Array(k * LEVEL_STRIDE);
    this.exactU = new Float64Array(k);
    this.personal = new Uint8Array(k);
    this.vetoes = new Uint8Array(k);
    this.overrides = new Uint8Array(k);
    this.groupOf = new Int8Array(k).fill(-1);
    this.levels = new Uint8Array(k);
    this.termProbabilities = [];
    const groups: string[] = [];
    for (let c = 0; c < k; c++) {
      const p = model.parameters[c];
      for (let l = 0; l < p.m.length; l++) this.weights[c * LEVEL_STRIDE + l + 1] = Math.log2(p.m[l] / p.u[l]);
      this.exactU[c] = p.u[0];
      this.personal[c] = comparisons[c].role === 'personal' ? 1 : 0;
      this.vetoes[c] = comparisons[c].vetoes ? 1 : 0;
      const kind = comparisons[c].kind;
      this.overrides[c] = comparisons[c].role === 'personal' && kind !== 'firstName' && kind !== 'dateOfBirth' ? 1 : 0;
      const group = comparisons[c].group;
      if (group !== null) {
        if (!groups.includes(group)) groups.push(group);
        this.groupOf[c] = groups.indexOf(group);
      }
      const column = comparisons[c].tfColumn;
      if (column < 0) {
        this.termProbabilities.push(null);
        continue;
      }
      const tf = model.termFrequencies[table.columnNames[column]];
      if (termSource === 'table') this.termProbabilities.push(ownTermProbabilities(table, column));
      else this.termProbabilities.push(tf ? recordTermProbabilities(table, column, tf) : null);
    }
    this.groupMin = new Float64Array(groups.length);
    this.groupPersonal = new Uint8Array(groups.length);
    for (let c = 0; c < k; c++) if (this.groupOf[c] >= 0 && this.personal[c] === 1) this.groupPersonal[this.groupOf[c]] = 1;
    this.prior = priorWeight(model);
  }

  /** Term-frequency adjustment (bits) for exact agreement of comparison `c` on record `a`'s value. */
  termAdjustment(c: number, a: number): number {
    const probabilities = this.termProbabilities[c];
    if (!probabilities) return 0;
    const p = probabilities[a];
    if (!(p > 0)) return 0;
    return Math.log2(this.exactU[c] / p);
  }

  /** Match weight (log2 odds, prior included) of records `a` and `b`; fills `levels`. */
  score(a: number, b: number): number {
    const comparisons = this.comparisons;
    for (let c = 0; c < comparisons.length; c++) this.levels[c] = comparisons[c].compare(this.table, a, b);
    return this.weigh(this.levels, 0, a);
  }

  /**
   * Match weight of a level vector stored at `levels[offset…]`; term-frequency adjustments
   * use record `a`'s values (pass -1 to leave them out). Disagreements within a correlation
   * group count once: the most negative.
   */
  weigh(levels: Uint8Array, offset: number, a: number): number {
    const k = this.comparisons.length;
    const groupMin = this.groupMin;
    groupMin.fill(0);
    let total = this.prior;
    let personal = 0;
    let vetoWeight = 0;
    let override = 0;
    for (let c = 0; c < k; c++) {
      const level = levels[offset + c];
      if (level === 0) continue;
      let w = this.weights[c * LEVEL_STRIDE + level];
      if (level === 1 && a >= 0) w += this.termAdjustment(c, a);
      if (this.vetoes[c] === 1 && w < vetoWeight) vetoWeight = w;
      if (this.overrides[c] === 1 && w > 0) override += w;
      const g = this.groupOf[c];
      if (g >= 0 && w < 0) {
        if (w < groupMin[g]) groupMin[g] = w;
        continue;
      }
      total += w;
      if (this.personal[c] === 1) personal += w;
    }
    for (let g = 0; g < groupMin.length; g++) {
      total += groupMin[g];
      if (this.groupPersonal[g] === 1) personal += groupMin[g];
    }
    this.lastPersonal = personal;
    this.lastVetoWeight = vetoWeight;
    this.lastOverride = override;
    return total;
  }
}
