import { type NormalisedRecord } from './source-record';

/** Column indexes of the core attributes in every {@link RecordTable}. */
export const COLUMN = {
  firstName: 0,
  lastName: 1,
  email: 2,
  phone: 3,
  dateOfBirth: 4,
  houseNumber: 5,
  street: 6,
  postcode: 7,
  city: 8,
} as const;

const CORE_COLUMNS = Object.keys(COLUMN);

/**
 * Records stored by column: each attribute as a string array plus an interned id per value
 * (-1 when missing), so exact agreement is an integer compare and term frequencies are an
 * array lookup. Extra identifiers follow the core columns in `identifierNames` order.
 */
export class RecordTable {
  readonly size: number;
  readonly columnNames: readonly string[];
  readonly values: readonly (readonly string[])[];
  readonly ids: readonly Int32Array[];
  /** Number of records holding each id, per column. */
  readonly idCounts: readonly Int32Array[];
  /** Distinct values per column, indexed by id. */
  readonly distinctValues: readonly (readonly string[])[];
  /** Number of records with a value, per column. */
  readonly presentCounts: Int32Array;
  /** Values without spaces ("pridham st" → "pridhamst"), per column, so comparisons need not allocate. */
  readonly compactValues: readonly (readonly string[])[];

  constructor(
    readonly records: readonly NormalisedRecord[],
    readonly identifierNames: readonly string[] = [],
  ) {
    this.size = records.length;
    this.columnNames = [...CORE_COLUMNS, ...identifierNames];
    const columns = this.columnNames.length;
    const values: string[][] = [];
    const ids: Int32Array[] = [];
    const counts: Int32Array[] = [];
    const distinct: string[][] = [];
    this.presentCounts = new Int32Array(columns);
    for (let c = 0; c < columns; c++) {
      const name = this.columnNames[c];
      const isIdentifier = c >= CORE_COLUMNS.length;
      const column = new Array<string>(this.size);
      const columnIds = new Int32Array(this.size);
      const intern = new Map<string, number>();
      const seen: string[] = [];
      let countList: number[] = [];
      let present = 0;
      for (let i = 0; i < this.size; i++) {
        const record = records[i];
        const value = isIdentifier
          ? (record.identifiers[name] ?? '')
          : (record[name as keyof typeof COLUMN] ?? '');
        column[i] = value;
        if (value.length === 0) {
          columnIds[i] = -1;
          continue;
        }
        present++;
        let id = intern.get(value);
        if (id === undefined) {
          id = seen.length;
          intern.set(value, id);
          seen.push(value);
          countList.push(0);
        }
        countList[id]++;
        columnIds[i] = id;
      }
      values.push(column);
      ids.push(columnIds);
      counts.push(Int32Array.from(countList));
      countList = [];
      distinct.push(seen);
      this.presentCounts[c] = present;
    }
    this.values = values;
    this.compactValues = values.map((column) => column.map((v) => (v.indexOf(' ') < 0 ? v : v.replace(/ /g, ''))));
    this.ids = ids;
    this.idCounts = counts;
    this.distinctValues = distinct;
  }

  /** Index of a column by name, or -1. */
  columnIndex(name: string): number {
    return this.columnNames.indexOf(name);
  }
}
