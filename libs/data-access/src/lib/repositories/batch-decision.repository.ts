import { type EntityManager } from 'typeorm';
import { BatchDecisionEntity } from '../entities/batch-decision.entity';
import { execute, executePrepared, hydrateRows, placeholders, quote, tableName, toParameter } from './sql-helpers';

/** Keeps one statement well within MySQL's max_allowed_packet and SQLite's parameter limit. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Stores customers' batch rows, replacing each customer's previous one in place (an upsert on the
 * primary key): no delete, no second copy, nothing for a crash to leave half-done. Run it in
 * the transaction that also moves the run's checkpoint (the values go as a prepared statement:
 * see executePrepared).
 */
export async function upsertBatchDecisions(
  manager: EntityManager,
  rows: readonly BatchDecisionEntity[],
): Promise<void> {
  const metadata = manager.connection.getMetadata(BatchDecisionEntity);
  const driver = manager.connection.driver;
  const columns = metadata.columns;
  const q = (name: string) => quote(manager, name);
  const columnList = columns.map((c) => q(c.databaseName)).join(', ');
  const rowPlaceholder = `(${placeholders(columns.length)})`;
  const keyColumns = new Set(metadata.primaryColumns.map((c) => c.databaseName));
  const updated = columns.filter((c) => !keyColumns.has(c.databaseName)).map((c) => q(c.databaseName));
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const onConflict = sqlite
    ? `ON CONFLICT (${[...keyColumns].map(q).join(', ')}) DO UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}`
    : `ON DUPLICATE KEY UPDATE ${updated.map((c) => `${c} = VALUES(${c})`).join(', ')}`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT);
    const parameters: unknown[] = [];
    for (const row of slice) {
      for (const column of columns) {
        const value = (row as unknown as Record<string, unknown>)[column.propertyName];
        parameters.push(value === null || value === undefined ? null : driver.preparePersistentValue(value, column));
      }
    }
    await executePrepared(
      manager,
      `INSERT INTO ${tableName(manager, BatchDecisionEntity)} (${columnList}) VALUES ${new Array(slice.length).fill(rowPlaceholder).join(', ')} ${onConflict}`,
      parameters,
    );
  }
}

/** Unexpired batch rows of the given customers. */
export async function findCurrentBatchDecisions(
  manager: EntityManager,
  customerIds: readonly string[],
  now: Date,
): Promise<BatchDecisionEntity[]> {
  if (customerIds.length === 0) return [];
  const rows = await manager.query(
    `SELECT * FROM ${tableName(manager, BatchDecisionEntity)}
     WHERE ${quote(manager, 'customerId')} IN (${placeholders(customerIds.length)}) AND ${quote(manager, 'expiresAt')} > ?`,
    [...customerIds, toParameter(manager, BatchDecisionEntity, 'expiresAt', now)],
  );
  return hydrateRows(manager, BatchDecisionEntity, rows);
}

/** A customer's batch row by its id (see batch-decisions.ts for how recommendation ids lead to it). */
export async function findBatchDecisionsById(manager: EntityManager, id: string): Promise<BatchDecisionEntity | null> {
  return manager.findOneBy(BatchDecisionEntity, { id });
}

/** Removes a customer's batch row (merged away or erased); returns 1 if there was one, else 0. */
export async function deleteBatchDecisionsOf(manager: EntityManager, customerId: string): Promise<number> {
  return execute(
    manager,
    `DELETE FROM ${tableName(manager, BatchDecisionEntity)} WHERE ${quote(manager, 'customerId')} = ?`,
    [customerId],
  );
}
