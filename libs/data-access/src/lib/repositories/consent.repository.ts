import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { ConsentEntity } from '../entities/consent.entity';
import { deleteBatchDecisionsOf } from './batch-decision.repository';
import { columnList, hydrateRows, placeholders, quote, tableName } from './sql-helpers';

export async function findConsentsByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
): Promise<ConsentEntity[]> {
  if (customerIds.length === 0) return [];
  const q = (name: string) => quote(manager, name);
  const rows = await manager.query(
    `SELECT ${columnList(manager, ConsentEntity)} FROM ${tableName(manager, ConsentEntity)} WHERE ${q('customerId')} IN (${placeholders(customerIds.length)}) ORDER BY ${q('channel')}, ${q('purpose')}`,
    [...customerIds],
  );
  return hydrateRows(manager, ConsentEntity, rows);
}

/**
 * Sets the consent for (customer, channel, purpose), creating the row if needed. Run it in a
 * transaction: it also drops the customer's batch decisions, made under the old consent (no
 * marketing email served from a decision taken before a withdrawal); the next refresh decides
 * again.
 */
export async function upsertConsent(
  manager: EntityManager,
  consent: Pick<ConsentEntity, 'customerId' | 'channel' | 'purpose' | 'status' | 'source' | 'updatedAt'>,
): Promise<ConsentEntity> {
  await deleteBatchDecisionsOf(manager, consent.customerId);
  const existing = await manager.findOneBy(ConsentEntity, {
    customerId: consent.customerId,
    channel: consent.channel,
    purpose: consent.purpose,
  });
  if (existing) {
    await manager.update(
      ConsentEntity,
      { id: existing.id },
      { status: consent.status, source: consent.source, updatedAt: consent.updatedAt },
    );
    return Object.assign(existing, consent);
  }
  const created = manager.create(ConsentEntity, { id: randomUUID(), ...consent });
  await manager.insert(ConsentEntity, created);
  return created;
}
