import { type EntityManager } from 'typeorm';
import { IdentityEntity } from '../entities/identity.entity';
import { columnList, hydrateRows, placeholders, quote, tableName } from './sql-helpers';

/** Every identity of the given customers, oldest first (a person has tens at most). */
export async function findIdentitiesByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
): Promise<IdentityEntity[]> {
  if (customerIds.length === 0) return [];
  const q = (name: string) => quote(manager, name);
  const rows = await manager.query(
    `SELECT ${columnList(manager, IdentityEntity)} FROM ${tableName(manager, IdentityEntity)} WHERE ${q('customerId')} IN (${placeholders(customerIds.length)}) ORDER BY ${q('createdAt')}, ${q('id')}`,
    [...customerIds],
  );
  return hydrateRows(manager, IdentityEntity, rows);
}
