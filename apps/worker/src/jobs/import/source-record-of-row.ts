import { type SourceRecord } from '@rapport/identity-resolution';
import { CANONICAL_COLUMNS, type CanonicalColumn, type ColumnMap, targetOf } from '../../commands/identity/column-map';

/**
 * One CSV row (header-keyed, headers lower-cased by `csvBatches`) as a source record, with the
 * same rules as `rapport identity resolve`: mapped and canonically named columns only, several
 * columns feeding one canonical column joined with a space, non-canonical targets become extra
 * identifiers; without `source` the file name is the source, without `source_id` the line.
 * Returns null when the row carries no attribute to resolve on.
 */
export function sourceRecordOfRow(
  row: Readonly<Record<string, string>>,
  map: ColumnMap,
  defaultSource: string,
  line: number,
): SourceRecord | null {
  const values = new Map<string, string>();
  for (const [column, value] of Object.entries(row)) {
    const target = targetOf(column, map);
    if (target === null || !value) continue;
    const previous = values.get(target);
    values.set(target, previous ? `${previous} ${value}` : value);
  }
  const record: SourceRecord = {
    source: values.get('source') ?? defaultSource,
    sourceId: values.get('source_id') ?? String(line),
  };
  const identifiers: Record<string, string> = {};
  let attributes = 0;
  for (const [target, value] of values) {
    if (target === 'source' || target === 'source_id') continue;
    attributes++;
    if (target in CANONICAL_COLUMNS)
      (record as unknown as Record<string, string>)[CANONICAL_COLUMNS[target as CanonicalColumn]] = value;
    else identifiers[target] = value;
  }
  if (Object.keys(identifiers).length > 0) record.identifiers = identifiers;
  return attributes === 0 ? null : record;
}

/** The column map with lower-cased file columns, as `csvBatches` lower-cases the header. */
export function lowerCaseColumnMap(map: ColumnMap): ColumnMap {
  return new Map([...map].map(([from, to]) => [from.trim().toLowerCase(), to]));
}
