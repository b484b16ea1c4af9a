import { bulkInsert, TransactionEntity } from '@rapport/data-access';
import { hashString, uuidV7 } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';
import { csvBatches, parseInstant, type RejectedRow } from './import-rows';
import { customerRefOf, refKey, resolveCustomerRefs } from './resolve-customer-refs';

export interface ImportReport {
  file: string;
  read: number;
  imported: number;
  /** Rows already present (same source and external id): re-running an import is harmless. */
  duplicates: number;
  rejected: RejectedRow[];
}

/**
 * Imports purchases from a CSV (`customer_id` or `source`+`source_id`, `date`, `amount`, optional
 * `external_id`, `currency`, `channel`), streaming it in batches. Every row is validated; bad rows
 * are reported with their line and field and skipped. All accepted rows are written in ONE
 * transaction: a failure part-way leaves nothing imported. Rows without an external id get one
 * derived from their content, so importing the same file twice adds nothing.
 */
export async function importTransactions(
  dataSource: DataSource,
  file: string,
  source = 'import',
): Promise<ImportReport> {
  const report: ImportReport = { file, read: 0, imported: 0, duplicates: 0, rejected: [] };
  await dataSource.transaction(async (manager) => {
    for await (const batch of csvBatches(file)) {
      report.read += batch.length;
      const candidates: Array<{
        line: number;
        ref: NonNullable<ReturnType<typeof customerRefOf>>;
        row: Omit<TransactionEntity, 'customerId'>;
      }> = [];
      for (const { line, record } of batch) {
        const ref = customerRefOf(record);
        const occurredAt = parseInstant(record['date']);
        const amount = Number(record['amount']);
        if (!ref)
          report.rejected.push({ line, field: 'customer_id', message: 'needs customer_id, or source and source_id' });
        else if (!occurredAt)
          report.rejected.push({ line, field: 'date', message: `"${record['date'] ?? ''}" is not a date` });
        else if (record['amount'] === undefined || record['amount'] === '' || !Number.isFinite(amount) || amount < 0)
          report.rejected.push({ line, field: 'amount', message: `"${record['amount'] ?? ''}" is not an amount ≥ 0` });
        else {
          const externalId =
            record['external_id'] ||
            `row-${hashString(`${refKey(ref)}|${occurredAt.toISOString()}|${amount}|${line}`).toString(36)}`;
          candidates.push({
            line,
            ref,
            row: {
              id: uuidV7(),
              source,
              externalId,
              occurredAt,
              amount,
              currency: (record['currency'] || 'EUR').slice(0, 3).toUpperCase(),
              channel: record['channel'] || null,
            },
          });
        }
      }
      const customers = await resolveCustomerRefs(
        manager,
        candidates.map((c) => c.ref),
      );
      const rows: TransactionEntity[] = [];
      for (const candidate of candidates) {
        const customerId = customers.get(refKey(candidate.ref));
        if (!customerId)
          report.rejected.push({
            line: candidate.line,
            field: 'customer_id',
            message: 'no such customer or source record',
          });
        else rows.push({ ...candidate.row, customerId });
      }
      const added = await bulkInsert(manager, TransactionEntity, rows, { ignoreDuplicates: true });
      report.imported += added;
      report.duplicates += rows.length - added;
    }
  });
  return report;
}
