import {
  BatchDecisionEntity,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  IdentityEntity,
  InteractionEntity,
  TransactionEntity,
} from '@rapport/data-access';
import { type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * Customer ids in keyset-paginated pages: `id > after [AND id <= toId] ORDER BY id LIMIT n`.
 * Only ids are held in memory, one page at a time.
 */
export async function nextCustomerIdPage(
  dataSource: DataSource,
  after: string,
  limit: number,
  toId?: string | null,
): Promise<string[]> {
  const query = dataSource
    .createQueryBuilder(CustomerEntity, 'c')
    .select('c.id', 'id')
    .where('c.id > :after', { after })
    .andWhere('c.erasedAt IS NULL')
    .orderBy('c.id', 'ASC')
    .limit(limit);
  if (toId) query.andWhere('c.id <= :toId', { toId });
  const rows: Array<{ id: string }> = await query.getRawMany();
  return rows.map((r) => r.id);
}

/** How many (not erased) customers a full run will visit after `after`. */
export async function countCustomersAfter(
  dataSource: DataSource,
  after: string,
  toId?: string | null,
): Promise<number> {
  const query = dataSource
    .createQueryBuilder(CustomerEntity, 'c')
    .where('c.id > :after', { after })
    .andWhere('c.erasedAt IS NULL');
  if (toId) query.andWhere('c.id <= :toId', { toId });
  return query.getCount();
}

/**
 * Ids of customers that changed since `since` — new conversation events, transactions,
 * outcomes, identity or consent changes — plus those whose batch decisions have expired by `now`.
 * Each source is read through its time index; the union is sorted so pages stay keyset-ordered.
 */
export async function changedCustomerIds(
  dataSource: DataSource,
  since: Date,
  now: Date,
  range: { fromId?: string; toId?: string | null } = {},
): Promise<string[]> {
  const ids = new Set<string>();
  const collect = async <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => {
    const rows: Array<{ customerId: string }> = await query.getRawMany();
    for (const row of rows) ids.add(row.customerId);
  };
  const from = <T extends ObjectLiteral>(entity: new () => T, alias: string) =>
    dataSource.createQueryBuilder(entity, alias).select(`DISTINCT ${alias}.customerId`, 'customerId');
  await collect(from(ConversationEventEntity, 'e').where('e.createdAt >= :since', { since }));
  await collect(from(TransactionEntity, 't').where('t.occurredAt >= :since', { since }));
  await collect(from(InteractionEntity, 'i').where('i.occurredAt >= :since', { since }));
  await collect(from(IdentityEntity, 'd').where('d.updatedAt >= :since', { since }));
  await collect(from(ConsentEntity, 'k').where('k.updatedAt >= :since', { since }));
  await collect(from(BatchDecisionEntity, 'b').where('b.expiresAt <= :now', { now }));
  return [...ids].filter((id) => (!range.fromId || id > range.fromId) && (!range.toId || id <= range.toId)).sort();
}
