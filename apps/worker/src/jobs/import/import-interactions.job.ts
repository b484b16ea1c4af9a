import { bulkInsert, InteractionEntity, OfferEntity } from '@rapport/data-access';
import { hashString, uuidV7 } from '@rapport/shared-util';
import { In, type DataSource } from 'typeorm';
import { csvBatches, parseInstant } from './import-rows';
import { type ImportReport } from './import-transactions.job';
import { customerRefOf, refKey, resolveCustomerRefs } from './resolve-customer-refs';

export const IMPORTABLE_OUTCOMES = [
  'impression',
  'sent',
  'accepted',
  'rejected',
  'ignored',
  'clicked',
  'complained',
] as const;

/**
 * Imports tracked outcomes (what decisioning learns from and contact policies count) from a CSV:
 * `customer_id` or `source`+`source_id`, `offer_code` or `offer_id`, `channel`, `outcome`, `date`,
 * optional `external_id`. Same guarantees as transactions: validated row by row, one
 * transaction, idempotent by external id (derived from the row when absent).
 */
export async function importInteractions(dataSource: DataSource, file: string): Promise<ImportReport> {
  const report: ImportReport = { file, read: 0, imported: 0, duplicates: 0, rejected: [] };
  await dataSource.transaction(async (manager) => {
    for await (const batch of csvBatches(file)) {
      report.read += batch.length;
      const codes = [...new Set(batch.map((b) => b.record['offer_code']).filter(Boolean))];
      const offerIds = [...new Set(batch.map((b) => b.record['offer_id']).filter(Boolean))];
      const offers = await manager.find(OfferEntity, {
        select: { id: true, code: true },
        where: [...(codes.length ? [{ code: In(codes) }] : []), ...(offerIds.length ? [{ id: In(offerIds) }] : [])],
      });
      const offerByKey = new Map<string, string>();
      for (const o of offers) {
        offerByKey.set(`code:${o.code}`, o.id);
        offerByKey.set(`id:${o.id}`, o.id);
      }
      const candidates = [];
      for (const { line, record } of batch) {
        const ref = customerRefOf(record);
        const offerId = offerByKey.get(
          record['offer_id'] ? `id:${record['offer_id']}` : `code:${record['offer_code'] ?? ''}`,
        );
        const occurredAt = parseInstant(record['date']);
        const outcome = (record['outcome'] ?? '').toLowerCase();
        if (!ref)
          report.rejected.push({ line, field: 'customer_id', message: 'needs customer_id, or source and source_id' });
        else if (!offerId)
          report.rejected.push({
            line,
            field: 'offer_code',
            message: `unknown offer "${record['offer_code'] ?? record['offer_id'] ?? ''}"`,
          });
        else if (!record['channel']) report.rejected.push({ line, field: 'channel', message: 'channel is required' });
        else if (!(IMPORTABLE_OUTCOMES as readonly string[]).includes(outcome))
          report.rejected.push({
            line,
            field: 'outcome',
            message: `outcome must be one of ${IMPORTABLE_OUTCOMES.join(', ')}`,
          });
        else if (!occurredAt)
          report.rejected.push({ line, field: 'date', message: `"${record['date'] ?? ''}" is not a date` });
        else {
          const key =
            record['external_id'] ||
            `row-${hashString(`${refKey(ref)}|${offerId}|${record['channel']}|${outcome}|${occurredAt.toISOString()}`).toString(36)}`;
          candidates.push({ line, ref, offerId, channel: record['channel'], outcome, occurredAt, key });
        }
      }
      const customers = await resolveCustomerRefs(
        manager,
        candidates.map((c) => c.ref),
      );
      const rows: InteractionEntity[] = [];
      for (const c of candidates) {
        const customerId = customers.get(refKey(c.ref));
        if (!customerId) {
          report.rejected.push({ line: c.line, field: 'customer_id', message: 'no such customer or source record' });
          continue;
        }
        rows.push({
          id: uuidV7(),
          customerId,
          offerId: c.offerId,
          recommendationId: null,
          channel: c.channel,
          outcome: c.outcome,
          occurredAt: c.occurredAt,
          propensity: null,
          selectionProbability: null,
          idempotencyKey: `import:${c.key}`,
        });
      }
      const added = await bulkInsert(manager, InteractionEntity, rows, { ignoreDuplicates: true });
      report.imported += added;
      report.duplicates += rows.length - added;
    }
  });
  return report;
}
