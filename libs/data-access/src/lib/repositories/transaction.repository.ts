import { type EntityManager } from 'typeorm';
import { TransactionEntity } from '../entities/transaction.entity';
import { columnList, hydrateRows, placeholders, quote, tableName } from './sql-helpers';

/** A customer's purchases, newest first (offset pagination), for several customers at once. */
export async function findTransactionsByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
  offset: number,
  limit: number,
): Promise<Map<string, TransactionEntity[]>> {
  const byCustomer = new Map<string, TransactionEntity[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0 || limit <= 0) return byCustomer;
  const q = (name: string) => `t.${quote(manager, name)}`;
  const rows = await manager.query(
    `SELECT * FROM (SELECT ${columnList(manager, TransactionEntity, 't')}, ROW_NUMBER() OVER (PARTITION BY ${q('customerId')} ORDER BY ${q('occurredAt')} DESC, ${q('id')} DESC) AS rn
       FROM ${tableName(manager, TransactionEntity)} t WHERE ${q('customerId')} IN (${placeholders(customerIds.length)})) ranked
     WHERE rn > ? AND rn <= ? ORDER BY rn`,
    [...customerIds, offset, offset + limit],
  );
  for (const row of hydrateRows(manager, TransactionEntity, rows)) byCustomer.get(row.customerId)?.push(row);
  return byCustomer;
}

export async function countTransactionsByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(customerIds.map((id) => [id, 0]));
  if (customerIds.length === 0) return counts;
  const customerId = quote(manager, 'customerId');
  const rows: Array<{ customerId: string; n: number | string }> = await manager.query(
    `SELECT ${customerId} AS ${customerId}, COUNT(*) AS n FROM ${tableName(manager, TransactionEntity)} WHERE ${customerId} IN (${placeholders(customerIds.length)}) GROUP BY ${customerId}`,
    [...customerIds],
  );
  for (const row of rows) counts.set(row.customerId, Number(row.n));
  return counts;
}
