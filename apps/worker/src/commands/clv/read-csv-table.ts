import { readFileSync } from 'node:fs';
import { RapportError } from '@rapport/shared-util';
import { type InfoRecord, parse } from 'csv-parse/sync';

/** A CSV file as its header and data rows, each row with its 1-based line number for error messages. */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly values: readonly string[] }[];
}

/**
 * Reads a CSV file with a header line. Header names are trimmed and lower-cased except `T`
 * (case matters there: `T` is the BTYD age, not `t`).
 * @throws RapportError BAD_USER_INPUT for missing, empty or malformed files.
 */
export function readCsvTable(file: string): CsvTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'file',
    );
  }
  if (text.trim() === '') throw new RapportError('BAD_USER_INPUT', `${file}: the file is empty`, 'file');
  let records: { info: InfoRecord; record: string[] }[];
  try {
    // With `info: true` csv-parse returns { info, record } pairs; its typings only describe plain records.
    records = parse(text, {
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as {
      info: InfoRecord;
      record: string[];
    }[];
  } catch (error) {
    throw new RapportError('BAD_USER_INPUT', `${file}: not valid CSV (${(error as Error).message})`, 'file');
  }
  const [headerRecord, ...dataRecords] = records;
  const header = headerRecord.record.map((name) => (name.trim() === 'T' ? 'T' : name.trim().toLowerCase()));
  if (dataRecords.length === 0)
    throw new RapportError('BAD_USER_INPUT', `${file}: has a header but no data rows`, 'file');
  return { file, header, rows: dataRecords.map(({ info, record }) => ({ line: info.lines, values: record })) };
}

/**
 * Index of the first of `names` present in the header; -1 when none is and the column is optional.
 * @throws RapportError naming the expected column when a required one is missing.
 */
export function columnIndex(table: CsvTable, names: readonly string[], required: boolean): number {
  for (const name of names) {
    const index = table.header.indexOf(name);
    if (index >= 0) return index;
  }
  if (required) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${table.file}: missing column "${names[0]}"${names.length > 1 ? ` (or ${names.slice(1).join(', ')})` : ''}; the header is ${table.header.join(',')}`,
      names[0],
    );
  }
  return -1;
}

/**
 * A field as a finite number.
 * @throws RapportError naming file, line and column for empty or non-numeric values.
 */
export function numberField(table: CsvTable, row: CsvTable['rows'][number], index: number): number {
  const raw = row.values[index] ?? '';
  const value = raw === '' ? NaN : Number(raw);
  if (!Number.isFinite(value)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${table.file} line ${row.line}: ${table.header[index]} "${raw}" is not a number`,
      table.header[index],
    );
  }
  return value;
}
