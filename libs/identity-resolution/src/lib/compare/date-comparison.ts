import { dayNumber } from '../normalise/normalise-date';
import { COLUMN, type RecordTable } from '../record/record-table';
import { damerauLevenshtein, isWithinOneEdit } from '../strings/damerau-levenshtein';
import { type ComparisonContext, type ComparisonCore } from './comparison';

const DOB = COLUMN.dateOfBirth;

/** True when `a` and `b` (YYYYMMDD) have the same year and swapped day and month. */
export function isDayMonthSwap(a: string, b: string): boolean {
  if (a.length !== 8 || b.length !== 8) return false;
  return (
    a.charCodeAt(0) === b.charCodeAt(0) &&
    a.charCodeAt(1) === b.charCodeAt(1) &&
    a.charCodeAt(2) === b.charCodeAt(2) &&
    a.charCodeAt(3) === b.charCodeAt(3) &&
    a.charCodeAt(4) === b.charCodeAt(6) &&
    a.charCodeAt(5) === b.charCodeAt(7) &&
    a.charCodeAt(6) === b.charCodeAt(4) &&
    a.charCodeAt(7) === b.charCodeAt(5)
  );
}

/**
 * Dates of birth: exact, day/month swapped, one typing edit, close (two edits or within a
 * year), else.
 */
export function dateOfBirthComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'dateOfBirth',
    kind: 'dateOfBirth',
    levels: ['exact', 'day/month swapped', 'one edit', 'two edits or within a year', 'else'],
    columns: ['dateOfBirth'],
    role: context.spec.role ?? 'personal',
    tfColumn: context.spec.termFrequency === true ? DOB : -1,
    exactColumn: DOB,
    priorM: [0.85, 0.02, 0.07, 0.03, 0.03],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[DOB];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.values[DOB];
      const va = values[a];
      const vb = values[b];
      if (isDayMonthSwap(va, vb)) return 2;
      if (isWithinOneEdit(va, vb)) return 3;
      if (damerauLevenshtein(va, vb, 2) === 2) return 4;
      const days = Math.abs(dayNumber(va) - dayNumber(vb));
      return days <= 366 ? 4 : 5;
    },
  };
}
