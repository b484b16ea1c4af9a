import { RapportError } from '@rapport/shared-util';
import { type RecordTable } from '../record/record-table';
import { isWithinOneEdit } from '../strings/damerau-levenshtein';
import { jaroWinkler } from '../strings/jaro-winkler';
import { type ComparisonContext, type ComparisonCore } from './comparison';

/**
 * An extra identifier column (national id, loyalty card, or any other attribute a source
 * maps): exact, one edit, Jaro-Winkler ≥ 0.9, else.
 */
export function identifierComparison(context: ComparisonContext): ComparisonCore {
  const columnName = context.spec.column;
  if (!columnName) throw new RapportError('BAD_USER_INPUT', 'An identifier comparison needs a column name', 'column');
  const column = context.columnIndex(columnName);
  if (column < 0) throw new RapportError('BAD_USER_INPUT', `Unknown identifier column "${columnName}"`, 'column');
  return {
    name: context.spec.name ?? columnName,
    kind: 'identifier',
    levels: ['exact', 'one edit', 'jaro-winkler ≥ 0.9', 'else'],
    columns: [columnName],
    role: context.spec.role ?? 'personal',
    tfColumn: context.spec.termFrequency === true ? column : -1,
    exactColumn: column,
    priorM: [0.8, 0.08, 0.04, 0.08],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[column];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.values[column];
      const va = values[a];
      const vb = values[b];
      if (isWithinOneEdit(va, vb)) return 2;
      return jaroWinkler(va, vb) >= 0.9 ? 3 : 4;
    },
  };
}
