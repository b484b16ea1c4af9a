import { createReadStream } from 'node:fs';
import { type CsvError, parse } from 'csv-parse';
import { type RejectedRow } from './import-rows';

/** A batch of parsed rows, plus the rows the parser had to skip (with their line). */
export interface CsvRowBatch {
  rows: Array<{ line: number; record: Record<string, string> }>;
  skipped: RejectedRow[];
}

/**
 * Streams a CSV of source records in batches, like `csvBatches`, but tolerant as messy
 * touchpoint exports need: a BOM is ignored, short rows are allowed (missing columns are
 * empty), and a malformed row (e.g. a stray quote) is reported with its line instead of
 * aborting the import.
 */
export async function* sourceRecordCsvBatches(path: string, batchSize = 500): AsyncGenerator<CsvRowBatch> {
  let skipped: RejectedRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error: CsvError | undefined) => {
        skipped.push({
          line: Number(error?.['lines'] ?? 0),
          message: `not valid CSV (${error?.message ?? 'unreadable row'})`,
        });
        return undefined;
      },
    }),
  );
  let rows: CsvRowBatch['rows'] = [];
  for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    rows.push({ line: row.info.lines, record: row.record });
    if (rows.length >= batchSize) {
      yield { rows, skipped };
      rows = [];
      skipped = [];
    }
  }
  if (rows.length > 0 || skipped.length > 0) yield { rows, skipped };
}
