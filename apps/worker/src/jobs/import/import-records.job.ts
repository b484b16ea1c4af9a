import { basename, extname } from 'node:path';
import { loadIdentityResolver, resolveAndLinkRecord, type StoredIdentityModel } from '@rapport/data-access';
import { type SourceRecord } from '@rapport/identity-resolution';
import { type DataSource } from 'typeorm';
import { type ColumnMap } from '../../commands/identity/column-map';
import { type RejectedRow } from './import-rows';
import { sourceRecordCsvBatches } from './source-record-csv-batches';
import { lowerCaseColumnMap, sourceRecordOfRow } from './source-record-of-row';

/** A rejected row of one of the imported files. */
export interface RejectedRecord extends RejectedRow {
  file: string;
}

export interface ImportRecordsReport {
  files: string[];
  read: number;
  /** New identities that joined an existing customer. */
  linked: number;
  /** New identities that started a customer. */
  newCustomers: number;
  /** Known (source, source_id) whose attributes changed: updated in place. */
  updated: number;
  /** Known and identical: nothing written (re-importing a file changes nothing). */
  unchanged: number;
  rejected: RejectedRecord[];
  /** Where the resolver's model came from (stored, or trained now). */
  model: StoredIdentityModel['origin'];
  elapsedMs: number;
}

export interface ImportRecordsOptions {
  map: ColumnMap;
  /** Records per transaction: a failure loses at most one chunk, and locks stay short. */
  chunkSize?: number;
  onProgress?: (read: number, report: ImportRecordsReport) => void;
}

/** How many rows to read from the files to train on when the database has no model and too few identities. */
const BOOTSTRAP_ROWS = 50_000;

async function readBootstrapRecords(files: readonly string[], map: ColumnMap): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for (const file of files) {
    for await (const batch of sourceRecordCsvBatches(file, 1000)) {
      for (const { line, record } of batch.rows) {
        const source = sourceRecordOfRow(record, map, basename(file, extname(file)), line);
        if (source) records.push(source);
      }
      if (records.length >= BOOTSTRAP_ROWS) return records;
    }
  }
  return records;
}

/**
 * `rapport import records`: streams source-record CSVs and resolves every row incrementally
 * against the database with `resolveAndLinkRecord`, in chunked transactions (so later rows
 * see earlier ones, in this file and the next). Rows are validated first; a bad row is
 * reported with its file, line and reason and skipped. The resolver's model comes from
 * model_states; when none is stored it is trained (on stored identities, or on the files'
 * first rows for a near-empty database) and stored. Safe to re-run: known records are skipped.
 */
export async function importRecords(
  dataSource: DataSource,
  files: readonly string[],
  options: ImportRecordsOptions,
): Promise<ImportRecordsReport> {
  const started = Date.now();
  const map = lowerCaseColumnMap(options.map);
  const { resolver, origin } = await loadIdentityResolver(dataSource.manager, {
    bootstrapRecords: () => readBootstrapRecords(files, map),
  });
  const report: ImportRecordsReport = {
    files: [...files],
    read: 0,
    linked: 0,
    newCustomers: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    model: origin,
    elapsedMs: 0,
  };
  const chunkSize = options.chunkSize ?? 500;
  for (const file of files) {
    const defaultSource = basename(file, extname(file));
    for await (const batch of sourceRecordCsvBatches(file, chunkSize)) {
      const accepted: Array<{ line: number; record: SourceRecord }> = [];
      for (const skipped of batch.skipped) {
        report.read++;
        report.rejected.push({ file, ...skipped });
      }
      for (const { line, record } of batch.rows) {
        report.read++;
        const source = sourceRecordOfRow(record, map, defaultSource, line);
        const problem = source
          ? validate(source)
          : 'no attribute to resolve on (map columns with --map column=canonical)';
        if (source && !problem) accepted.push({ line, record: source });
        else report.rejected.push({ file, line, message: problem ?? '' });
      }
      await dataSource.transaction(async (manager) => {
        for (const { record } of accepted)
          count(report, (await resolveAndLinkRecord(manager, record, { resolver })).outcome);
      });
      options.onProgress?.(report.read, report);
    }
  }
  // Parser skips arrive with their batch, not in line order.
  report.rejected.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line);
  report.elapsedMs = Date.now() - started;
  return report;
}

function validate(record: SourceRecord): string | null {
  if (record.source.length > 32) return `source "${record.source.slice(0, 40)}…" is longer than 32 characters`;
  if (record.sourceId.length > 128) return 'source_id is longer than 128 characters';
  return null;
}

function count(
  report: ImportRecordsReport,
  outcome: Awaited<ReturnType<typeof resolveAndLinkRecord>>['outcome'],
): void {
  if (outcome === 'linked') report.linked++;
  else if (outcome === 'new-customer') report.newCustomers++;
  else if (outcome === 'updated') report.updated++;
  else report.unchanged++;
}
