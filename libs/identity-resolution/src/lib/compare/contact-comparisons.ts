import { COLUMN, type RecordTable } from '../record/record-table';
import { isWithinOneEdit } from '../strings/damerau-levenshtein';
import { type ComparisonContext, type ComparisonCore } from './comparison';

const EMAIL = COLUMN.email;
const PHONE = COLUMN.phone;

function sameTail(a: string, b: string, n: number): boolean {
  for (let i = 1; i <= n; i++) if (a.charCodeAt(a.length - i) !== b.charCodeAt(b.length - i)) return false;
  return true;
}

/** Emails: exact (after provider rules), same mailbox name or one edit, else. */
export function emailComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'email',
    kind: 'email',
    levels: ['exact', 'same local part or one typo', 'else'],
    columns: ['email'],
    role: context.spec.role ?? 'personal',
    tfColumn: context.spec.termFrequency === false ? -1 : EMAIL,
    exactColumn: EMAIL,
    priorM: [0.85, 0.07, 0.08],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[EMAIL];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.values[EMAIL];
      const va = values[a];
      const vb = values[b];
      const atA = va.lastIndexOf('@');
      const atB = vb.lastIndexOf('@');
      // A local part of 4+ characters is personal enough to survive a change of provider.
      if (atA === atB && atA >= 4 && va.charCodeAt(0) === vb.charCodeAt(0) && va.startsWith(vb.slice(0, atB + 1))) return 2;
      // One edit is a typo only when no digit is involved: jsmith2@ and jsmith3@ are two people.
      if (!/\d/.test(va) && !/\d/.test(vb) && isWithinOneEdit(va, vb)) return 2;
      return 3;
    },
  };
}

/** Phones (E.164): exact, same last nine digits or one edit, else. */
export function phoneComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'phone',
    kind: 'phone',
    levels: ['exact', 'same last 9 digits or one edit', 'else'],
    columns: ['phone'],
    role: context.spec.role ?? 'shared',
    tfColumn: context.spec.termFrequency === false ? -1 : PHONE,
    exactColumn: PHONE,
    priorM: [0.8, 0.05, 0.15],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[PHONE];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.values[PHONE];
      const va = values[a];
      const vb = values[b];
      // A wrong default region changes the country code but keeps the subscriber digits.
      if (va.length >= 10 && vb.length >= 10 && sameTail(va, vb, 9)) return 2;
      if (isWithinOneEdit(va, vb)) return 2;
      return 3;
    },
  };
}
