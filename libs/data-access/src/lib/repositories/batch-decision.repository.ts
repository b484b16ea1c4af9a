import { type EntityManager } from 'typeorm';
import { BatchDecisionEntity } from '../entities/batch-decision.entity';
import {
  customersOnChannel,
  execute,
  executePrepared,
  hydrateRows,
  placeholders,
  quote,
  tableName,
  toParameter,
} from './sql-helpers';

/** Keeps one statement well within MySQL's max_allowed_packet and SQLite's parameter limit. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Stores batch decisions, replacing the customer × channel's previous one in place (an upsert on
 * the primary key): no delete, no second copy, nothing for a crash to leave half-done. Run it in
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

/** Unexpired batch decisions of the given customers, optionally on one channel. */
export async function findCurrentBatchDecisions(
  manager: EntityManager,
  customerIds: readonly string[],
  channel: string | null,
  now: Date,
): Promise<BatchDecisionEntity[]> {
  if (customerIds.length === 0) return [];
  const where = customersOnChannel(manager, customerIds, channel);
  const rows = await manager.query(
    `SELECT * FROM ${tableName(manager, BatchDecisionEntity)} WHERE ${where.sql} AND ${quote(manager, 'expiresAt')} > ?`,
    [...where.parameters, toParameter(manager, BatchDecisionEntity, 'expiresAt', now)],
  );
  return hydrateRows(manager, BatchDecisionEntity, rows);
}

export async function findBatchDecision(
  manager: EntityManager,
  decisionId: string,
): Promise<BatchDecisionEntity | null> {
  return manager.findOneBy(BatchDecisionEntity, { decisionId });
}

/** Removes a customer's batch decisions (merged away or erased); returns how many there were. */
export async function deleteBatchDecisionsOf(manager: EntityManager, customerId: string): Promise<number> {
  return execute(
    manager,
    `DELETE FROM ${tableName(manager, BatchDecisionEntity)} WHERE ${quote(manager, 'customerId')} = ?`,
    [customerId],
  );
}
