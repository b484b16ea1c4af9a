import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { execute } from './repositories/sql-helpers';

/** SQLite allows at most 32,766 bound parameters per statement. */
const SQLITE_MAX_PARAMETERS = 32_000;
/** Keeps one MySQL statement well under max_allowed_packet (16 MiB by default). */
const MYSQL_MAX_PARAMETERS = 60_000;

/** One SQL statement and its bound values. */
export interface SqlStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * Inserts plain rows with multi-row `INSERT … VALUES (…),(…)` statements: no per-row save(),
 * no entity hydration. Values go through the driver's own conversion (dates, JSON, transformers),
 * so rows read back exactly as entities written with save() would. Run it inside a transaction
 * for atomicity. `ignoreDuplicates` skips rows that hit a unique key (for idempotent re-runs).
 * Returns how many rows were actually inserted.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
  options: { ignoreDuplicates?: boolean } = {},
): Promise<number> {
  let inserted = 0;
  // The structured result carries the driver's affected-row count (mysql2 and better-sqlite3 alike).
  for (const { sql, parameters } of insertStatements(manager, target, rows, options))
    inserted += await execute(manager, sql, parameters);
  return inserted;
}

/** The statements bulkInsert runs (one per chunk of rows that fits the driver's parameter limit). */
export function insertStatements<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
  options: { ignoreDuplicates?: boolean } = {},
): SqlStatement[] {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const isSqlite = manager.connection.options.type === 'better-sqlite3';
  const columns = metadata.columns;
  const escape = (name: string) => driver.escape(name);
  const columnList = columns.map((c) => escape(c.databaseName)).join(', ');
  const rowPlaceholder = `(${columns.map(() => '?').join(', ')})`;
  const maxRows = Math.max(1, Math.floor((isSqlite ? SQLITE_MAX_PARAMETERS : MYSQL_MAX_PARAMETERS) / columns.length));
  const verb = options.ignoreDuplicates ? (isSqlite ? 'INSERT OR IGNORE' : 'INSERT IGNORE') : 'INSERT';
  const table = escape(metadata.tableName);
  const statements: SqlStatement[] = [];

  for (let start = 0; start < rows.length; start += maxRows) {
    const chunk = rows.slice(start, start + maxRows);
    const parameters: unknown[] = new Array(chunk.length * columns.length);
    let p = 0;
    for (const row of chunk) {
      for (const column of columns) {
        let value = (row as Record<string, unknown>)[column.propertyName];
        if (value === undefined) value = column.default !== undefined ? column.default : null;
        parameters[p++] = value === null ? null : driver.preparePersistentValue(value, column);
      }
    }
    const sql = `${verb} INTO ${table} (${columnList}) VALUES ${new Array(chunk.length).fill(rowPlaceholder).join(', ')}`;
    statements.push({ sql, parameters });
  }
  return statements;
}
