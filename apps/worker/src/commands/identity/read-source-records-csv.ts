import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type SourceRecord } from '@rapport/identity-resolution';
import { RapportError } from '@rapport/shared-util';
import { parse } from 'csv-parse/sync';
import { CANONICAL_COLUMNS, type CanonicalColumn, type ColumnMap, targetOf } from './column-map';

/**
 * Reads one CSV of source records (header line; fields trimmed, so FEBRL's ", " works).
 * Columns feeding the same canonical column are joined with a space in file order
 * (`street_number,address_1` → address line). Without a `source` column the file name is
 * the source; without `source_id` the data line number is.
 */
export function readSourceRecordsCsv(file: string, map: ColumnMap): SourceRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RapportError('BAD_USER_INPUT', `${file}: cannot read (${(error as Error).message})`, 'records');
  }
  let rows: string[][];
  try {
    rows = parse(text, { trim: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    throw new RapportError('BAD_USER_INPUT', `${file}: not valid CSV (${(error as Error).message})`, 'records');
  }
  if (rows.length === 0) throw new RapportError('BAD_USER_INPUT', `${file}: empty file (a header line is required)`, 'records');
  const header = rows[0];
  const targets = header.map((column) => targetOf(column, map));
  if (!targets.some((t) => t !== null)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${file}: no column maps to a canonical one (${Object.keys(CANONICAL_COLUMNS).join(', ')}); use --map column=canonical`,
      'map',
    );
  }
  const defaultSource = basename(file, extname(file));
  const records: SourceRecord[] = [];
  for (let line = 1; line < rows.length; line++) {
    const row = rows[line];
    const values = new Map<string, string>();
    for (let c = 0; c < header.length; c++) {
      const target = targets[c];
      const value = row[c] ?? '';
      if (target === null || value.length === 0) continue;
      const previous = values.get(target);
      values.set(target, previous ? `${previous} ${value}` : value);
    }
    const record: SourceRecord = {
      source: values.get('source') ?? defaultSource,
      sourceId: values.get('source_id') ?? String(line),
    };
    const identifiers: Record<string, string> = {};
    for (const [target, value] of values) {
      if (target === 'source' || target === 'source_id') continue;
      if (target in CANONICAL_COLUMNS) {
        const field = CANONICAL_COLUMNS[target as CanonicalColumn];
        (record as unknown as Record<string, string>)[field] = value;
      } else identifiers[target] = value;
    }
    if (Object.keys(identifiers).length > 0) record.identifiers = identifiers;
    records.push(record);
  }
  return records;
}
