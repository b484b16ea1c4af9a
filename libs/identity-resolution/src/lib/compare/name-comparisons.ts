import { areNicknameEquivalent } from '../normalise/nicknames';
import { COLUMN, type RecordTable } from '../record/record-table';
import { isWithinOneEdit } from '../strings/damerau-levenshtein';
import { jaroWinkler } from '../strings/jaro-winkler';
import { type ComparisonContext, type ComparisonCore } from './comparison';

const FIRST = COLUMN.firstName;
const LAST = COLUMN.lastName;

function similar(a: string, b: string, threshold: number): boolean {
  return a.length > 0 && b.length > 0 && jaroWinkler(a, b) >= threshold;
}

/** True when one name is a word of the other ("smith" in "smith jones"). */
function sharesWord(a: string, b: string): boolean {
  if (a.indexOf(' ') < 0 && b.indexOf(' ') < 0) return false;
  const wordsB = b.split(' ');
  for (const w of a.split(' ')) if (w.length > 1 && wordsB.includes(w)) return true;
  return false;
}

/**
 * Given names: exact, nickname (bill/william), Jaro-Winkler ≥ 0.92, swapped with the
 * surname, an initial, Jaro-Winkler ≥ 0.8, else.
 */
export function firstNameComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'firstName',
    kind: 'firstName',
    levels: ['exact', 'nickname', 'jaro-winkler ≥ 0.92 or one edit', 'swapped with surname', 'initial', 'jaro-winkler ≥ 0.8', 'else'],
    columns: ['firstName'],
    role: context.spec.role ?? 'personal',
    tfColumn: context.spec.termFrequency === false ? -1 : FIRST,
    exactColumn: FIRST,
    priorM: [0.7, 0.04, 0.1, 0.02, 0.02, 0.04, 0.08],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[FIRST];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.compactValues[FIRST];
      const va = values[a];
      const vb = values[b];
      if (areNicknameEquivalent(table.values[FIRST][a], table.values[FIRST][b])) return 2;
      const jw = jaroWinkler(va, vb);
      // Short names ("amy"/"aym") score low on Jaro-Winkler although one keystroke apart.
      if (jw >= 0.92 || sharesWord(table.values[FIRST][a], table.values[FIRST][b]) || (va.length >= 3 && vb.length >= 3 && isWithinOneEdit(va, vb))) return 3;
      const lastIds = table.ids[LAST];
      if (lastIds[a] >= 0 && lastIds[b] >= 0) {
        const lastValues = table.compactValues[LAST];
        if (similar(va, lastValues[b], 0.92) && similar(lastValues[a], vb, 0.92)) return 4;
      }
      if ((va.length === 1 && vb.charCodeAt(0) === va.charCodeAt(0)) || (vb.length === 1 && va.charCodeAt(0) === vb.charCodeAt(0))) return 5;
      if (jw >= 0.8) return 6;
      return 7;
    },
  };
}

/** Surnames: exact, Jaro-Winkler ≥ 0.92, swapped with the given name, JW ≥ 0.8 or a shared word, else. */
export function lastNameComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'lastName',
    kind: 'lastName',
    levels: ['exact', 'jaro-winkler ≥ 0.92', 'swapped with given name', 'jaro-winkler ≥ 0.8 or shared word', 'else'],
    columns: ['lastName'],
    role: context.spec.role ?? 'shared',
    tfColumn: context.spec.termFrequency === false ? -1 : LAST,
    exactColumn: LAST,
    priorM: [0.8, 0.08, 0.02, 0.04, 0.06],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[LAST];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.compactValues[LAST];
      const va = values[a];
      const vb = values[b];
      const jw = jaroWinkler(va, vb);
      if (jw >= 0.92) return 2;
      const firstIds = table.ids[FIRST];
      if (firstIds[a] >= 0 && firstIds[b] >= 0) {
        const firstValues = table.compactValues[FIRST];
        if (similar(va, firstValues[b], 0.92) && similar(firstValues[a], vb, 0.92)) return 3;
      }
      if (jw >= 0.8 || sharesWord(table.values[LAST][a], table.values[LAST][b])) return 4;
      return 5;
    },
  };
}
