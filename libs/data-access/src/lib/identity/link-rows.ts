import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { placeholders, quote, tableName } from '../repositories/sql-helpers';

/** A row as stored in identity_link_events.evidence: JSON-safe (dates as ISO strings). */
export type RowSnapshot = Record<string, unknown>;

/** The biggest evidence a TEXT column (MySQL, 64 KiB) holds, with room for the envelope. */
export const MAX_LINK_EVIDENCE_BYTES = 60_000;

/** A JSON-safe copy of an entity row. */
export function snapshotRow(row: object): RowSnapshot {
  return JSON.parse(JSON.stringify(row)) as RowSnapshot;
}

/** Turns a snapshot back into an entity row: datetime columns become Dates again. */
export function reviveRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  snapshot: RowSnapshot,
): T {
  const row: Record<string, unknown> = { ...snapshot };
  for (const column of manager.connection.getMetadata(target).columns) {
    const value = row[column.propertyName];
    if (column.type === 'datetime' && typeof value === 'string') row[column.propertyName] = new Date(value);
  }
  return row as T;
}

/** Ids of the rows of `target` whose customerId is `customerId`. */
export async function idsOfCustomer<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  customerId: string,
): Promise<string[]> {
  const q = (name: string) => quote(manager, name);
  const rows = (await manager.query(
    `SELECT ${q('id')} AS id FROM ${tableName(manager, target)} WHERE ${q('customerId')} = ? ORDER BY ${q('id')}`,
    [customerId],
  )) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/**
 * Sets customerId of the rows of `target` matching `column IN (values)` (optionally only those
 * currently owned by `fromCustomerId`). Chunked so no statement exceeds SQLite's parameter cap.
 */
export async function reassignRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  toCustomerId: string,
  column: string,
  values: readonly string[],
  fromCustomerId?: string,
): Promise<void> {
  const q = (name: string) => quote(manager, name);
  for (let start = 0; start < values.length; start += 10_000) {
    const chunk = values.slice(start, start + 10_000);
    const owner = fromCustomerId === undefined ? '' : ` AND ${q('customerId')} = ?`;
    await manager.query(
      `UPDATE ${tableName(manager, target)} SET ${q('customerId')} = ? WHERE ${q(column)} IN (${placeholders(chunk.length)})${owner}`,
      fromCustomerId === undefined ? [toCustomerId, ...chunk] : [toCustomerId, ...chunk, fromCustomerId],
    );
  }
}

/** Moves every row of `target` from one customer to another. */
export async function reassignCustomerRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  fromCustomerId: string,
  toCustomerId: string,
): Promise<void> {
  const q = (name: string) => quote(manager, name);
  await manager.query(`UPDATE ${tableName(manager, target)} SET ${q('customerId')} = ? WHERE ${q('customerId')} = ?`, [
    toCustomerId,
    fromCustomerId,
  ]);
}
