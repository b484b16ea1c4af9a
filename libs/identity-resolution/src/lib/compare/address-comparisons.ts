import { COLUMN, type RecordTable } from '../record/record-table';
import { isWithinOneEdit } from '../strings/damerau-levenshtein';
import { jaroWinkler } from '../strings/jaro-winkler';
import { type ComparisonContext, type ComparisonCore } from './comparison';

const HOUSE = COLUMN.houseNumber;
const STREET = COLUMN.street;
const POSTCODE = COLUMN.postcode;
const CITY = COLUMN.city;

/**
 * Street address (house number + street): exact, same number and similar street, similar
 * street, same number and loosely similar street, else.
 */
export function addressComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'address',
    kind: 'address',
    levels: ['exact', 'same number, street JW ≥ 0.9', 'street JW ≥ 0.9', 'same number, street JW ≥ 0.7', 'else'],
    columns: ['houseNumber', 'street'],
    role: context.spec.role ?? 'shared',
    tfColumn: -1,
    exactColumn: -1,
    priorM: [0.7, 0.1, 0.08, 0.04, 0.08],
    compare(table: RecordTable, a: number, b: number): number {
      const streets = table.ids[STREET];
      const houses = table.ids[HOUSE];
      const sa = streets[a];
      const sb = streets[b];
      if (sa < 0 || sb < 0) return 0;
      const ha = houses[a];
      const hb = houses[b];
      const sameNumber = ha >= 0 && ha === hb;
      if (sa === sb && (sameNumber || (ha < 0 && hb < 0))) return 1;
      // Compact values: "pridham st" and "pridhamst" are the same street typed differently.
      const similarity = sa === sb ? 1 : jaroWinkler(table.compactValues[STREET][a], table.compactValues[STREET][b]);
      if (similarity >= 0.9) return sameNumber ? 2 : 3;
      if (sameNumber && similarity >= 0.7) return 4;
      return 5;
    },
  };
}

/** Postcodes: exact, one edit, else. */
export function postcodeComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'postcode',
    kind: 'postcode',
    levels: ['exact', 'one edit', 'else'],
    columns: ['postcode'],
    role: context.spec.role ?? 'shared',
    tfColumn: context.spec.termFrequency === false ? -1 : POSTCODE,
    exactColumn: POSTCODE,
    priorM: [0.85, 0.07, 0.08],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[POSTCODE];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.values[POSTCODE];
      return isWithinOneEdit(values[a], values[b]) ? 2 : 3;
    },
  };
}

/** City or suburb: exact, Jaro-Winkler ≥ 0.88, else. */
export function cityComparison(context: ComparisonContext): ComparisonCore {
  return {
    name: context.spec.name ?? 'city',
    kind: 'city',
    levels: ['exact', 'jaro-winkler ≥ 0.88', 'else'],
    columns: ['city'],
    role: context.spec.role ?? 'shared',
    tfColumn: context.spec.termFrequency === false ? -1 : CITY,
    exactColumn: CITY,
    priorM: [0.85, 0.07, 0.08],
    compare(table: RecordTable, a: number, b: number): number {
      const ids = table.ids[CITY];
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return 0;
      if (ia === ib) return 1;
      const values = table.compactValues[CITY];
      return jaroWinkler(values[a], values[b]) >= 0.88 ? 2 : 3;
    },
  };
}
