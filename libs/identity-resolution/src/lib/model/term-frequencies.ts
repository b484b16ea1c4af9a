import { type RecordTable } from '../record/record-table';
import { type TermFrequencyTable } from './fellegi-sunter-model';

/**
 * The frequency table of one column: every value seen at least twice (the most frequent
 * `maxValues` of them), and 1/present for the rest, so the model stays small while common
 * names keep their discount.
 */
export function termFrequencyTable(table: RecordTable, column: number, maxValues = 50_000): TermFrequencyTable {
  const counts = table.idCounts[column];
  const present = Math.max(1, table.presentCounts[column]);
  const distinct = table.distinctValues[column];
  const frequent: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id] >= 2) frequent.push(id);
  frequent.sort((x, y) => counts[y] - counts[x]);
  const values: Record<string, number> = {};
  const limit = Math.min(frequent.length, maxValues);
  for (let i = 0; i < limit; i++) values[distinct[frequent[i]]] = counts[frequent[i]] / present;
  return { values, defaultProbability: 1 / present };
}

/**
 * P(value) of every record's value in `column` (NaN when missing), from a stored table:
 * how incremental resolution sees frequencies learnt in the batch.
 */
export function recordTermProbabilities(table: RecordTable, column: number, tf: TermFrequencyTable): Float64Array {
  const out = new Float64Array(table.size);
  const values = table.values[column];
  for (let i = 0; i < table.size; i++) {
    const v = values[i];
    out[i] = v.length === 0 ? Number.NaN : (tf.values[v] ?? tf.defaultProbability);
  }
  return out;
}

/** P(value) of every record's value from the table's own counts (batch training). */
export function ownTermProbabilities(table: RecordTable, column: number): Float64Array {
  const out = new Float64Array(table.size);
  const ids = table.ids[column];
  const counts = table.idCounts[column];
  const present = Math.max(1, table.presentCounts[column]);
  for (let i = 0; i < table.size; i++) out[i] = ids[i] < 0 ? Number.NaN : counts[ids[i]] / present;
  return out;
}
