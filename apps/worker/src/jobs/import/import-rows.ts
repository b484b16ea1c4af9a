import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

/** A rejected input row: 1-based line number (header = line 1) and what is wrong with it. */
export interface RejectedRow {
  line: number;
  field?: string;
  message: string;
}

/** Streams a CSV file as header-keyed records, with their line numbers, in batches. */
export async function* csvBatches(
  path: string,
  batchSize = 1000,
): AsyncGenerator<Array<{ line: number; record: Record<string, string> }>> {
  const parser = createReadStream(path).pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }),
  );
  let batch: Array<{ line: number; record: Record<string, string> }> = [];
  for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    batch.push({ line: row.info.lines, record: row.record });
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Parses a date or timestamp; null when it is not one. */
export function parseInstant(value: string | undefined): Date | null {
  if (!value) return null;
  const normalized = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value}T00:00:00.000Z`
    : /^\d{8}$/.test(value)
      ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}T00:00:00.000Z`
      : value;
  const time = Date.parse(normalized);
  return Number.isNaN(time) ? null : new Date(time);
}
