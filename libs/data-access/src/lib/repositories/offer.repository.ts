import { type EntityManager } from 'typeorm';
import { OfferEntity } from '../entities/offer.entity';
import { OfferRevisionEntity } from '../entities/offer-revision.entity';
import { bulkInsert } from '../bulk-insert';
import { columnList, execute, hydrateRows, placeholders, quote, tableName } from './sql-helpers';

export async function findOffersByIds(manager: EntityManager, ids: readonly string[]): Promise<OfferEntity[]> {
  if (ids.length === 0) return [];
  const rows = await manager.query(
    `SELECT ${columnList(manager, OfferEntity)} FROM ${tableName(manager, OfferEntity)} WHERE ${quote(manager, 'id')} IN (${placeholders(ids.length)})`,
    [...ids],
  );
  return hydrateRows(manager, OfferEntity, rows);
}

export interface OfferSearchCriteria {
  status?: string | null;
  kind?: string | null;
  channel?: string | null;
  /** Substring of code or name. */
  search?: string | null;
}

function whereClause(manager: EntityManager, criteria: OfferSearchCriteria): { sql: string; parameters: unknown[] } {
  const q = (name: string) => quote(manager, name);
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  const like = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  if (criteria.status) {
    clauses.push(`${q('status')} = ?`);
    parameters.push(criteria.status);
  }
  if (criteria.kind) {
    clauses.push(`${q('kind')} = ?`);
    parameters.push(criteria.kind);
  }
  if (criteria.channel) {
    // channels is a JSON array of plain channel names: match the quoted name.
    clauses.push(`${q('channels')} LIKE ? ESCAPE '!'`);
    parameters.push(like(`"${criteria.channel}"`));
  }
  if (criteria.search) {
    clauses.push(`(${q('code')} LIKE ? ESCAPE '!' OR ${q('name')} LIKE ? ESCAPE '!')`);
    parameters.push(like(criteria.search), like(criteria.search));
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', parameters };
}

/** A page of offers by code. */
export async function searchOffers(
  manager: EntityManager,
  criteria: OfferSearchCriteria,
  offset: number,
  limit: number,
): Promise<OfferEntity[]> {
  const where = whereClause(manager, criteria);
  const rows = await manager.query(
    `SELECT ${columnList(manager, OfferEntity)} FROM ${tableName(manager, OfferEntity)} ${where.sql} ORDER BY ${quote(manager, 'code')} LIMIT ? OFFSET ?`,
    [...where.parameters, limit, offset],
  );
  return hydrateRows(manager, OfferEntity, rows);
}

export async function countOffers(manager: EntityManager, criteria: OfferSearchCriteria): Promise<number> {
  const where = whereClause(manager, criteria);
  const rows: Array<{ n: number | string }> = await manager.query(
    `SELECT COUNT(*) AS n FROM ${tableName(manager, OfferEntity)} ${where.sql}`,
    where.parameters,
  );
  return Number(rows[0]?.n ?? 0);
}

export async function findOfferByCode(manager: EntityManager, code: string): Promise<OfferEntity | null> {
  return manager.findOneBy(OfferEntity, { code });
}

export async function insertOffer(manager: EntityManager, offer: OfferEntity): Promise<void> {
  await bulkInsert(manager, OfferEntity, [offer]);
}

/**
 * Writes `values` and bumps the version only if the offer is still at `expectedVersion`
 * (optimistic lock). Returns false when another change got there first (or the offer is gone).
 * On MySQL the row lock makes a concurrent writer wait and then re-check the version.
 */
export async function updateOfferIfVersion(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
  values: Partial<Omit<OfferEntity, 'id' | 'version'>>,
): Promise<boolean> {
  const metadata = manager.connection.getMetadata(OfferEntity);
  const driver = manager.connection.driver;
  const sets: string[] = [];
  const parameters: unknown[] = [];
  for (const [property, value] of Object.entries(values)) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`unknown offer column ${property}`);
    sets.push(`${quote(manager, column.databaseName)} = ?`);
    parameters.push(value === null || value === undefined ? null : driver.preparePersistentValue(value, column));
  }
  const version = quote(manager, 'version');
  sets.push(`${version} = ${version} + 1`);
  const changed = await execute(
    manager,
    `UPDATE ${tableName(manager, OfferEntity)} SET ${sets.join(', ')} WHERE ${quote(manager, 'id')} = ? AND ${version} = ?`,
    [...parameters, id, expectedVersion],
  );
  return changed === 1;
}

export async function insertOfferRevision(manager: EntityManager, revision: OfferRevisionEntity): Promise<void> {
  await bulkInsert(manager, OfferRevisionEntity, [revision]);
}

/** Revisions of the given offers, newest first. */
export async function findRevisionsByOfferIds(
  manager: EntityManager,
  offerIds: readonly string[],
): Promise<OfferRevisionEntity[]> {
  if (offerIds.length === 0) return [];
  const q = (name: string) => quote(manager, name);
  const rows = await manager.query(
    `SELECT ${columnList(manager, OfferRevisionEntity)} FROM ${tableName(manager, OfferRevisionEntity)} WHERE ${q('offerId')} IN (${placeholders(offerIds.length)}) ORDER BY ${q('version')} DESC`,
    [...offerIds],
  );
  return hydrateRows(manager, OfferRevisionEntity, rows);
}
