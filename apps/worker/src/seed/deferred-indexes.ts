import { type DataSource } from 'typeorm';

/*
 * Why: keeping five tables' 19 secondary indexes up to date row by row cost MariaDB most of
 * the seed's CPU (about 50 µs per row at 100k customers: every row lands in 3–6 B-trees under
 * a Unicode collation). Into a freshly migrated, empty database the seed drops those indexes,
 * loads, and adds them back with one ALTER TABLE per table, which InnoDB builds by sorting —
 * the standard bulk-load recipe. The definitions are read from the server itself, so what is
 * restored is exactly what the migrations created. MySQL/MariaDB only; SQLite seeds are demo-sized.
 * The indexes are restored even when the seed fails; only a killed process leaves them missing
 * (re-seed with --reset, which migrates from empty).
 */

/** The tables the seed fills in bulk. */
const BULK_TABLES = ['customers', 'identities', 'transactions', 'conversation_events', 'consents'];

interface IndexDefinition {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
}

/** Drops the bulk tables' secondary indexes; returns what `restoreIndexes` needs to add them back. */
export async function dropSecondaryIndexes(dataSource: DataSource): Promise<IndexDefinition[]> {
  const rows: Array<{ table: string; name: string; column: string; unique: number | string }> = await dataSource.query(
    `SELECT TABLE_NAME AS \`table\`, INDEX_NAME AS name, COLUMN_NAME AS \`column\`, 1 - NON_UNIQUE AS \`unique\`
       FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' AND TABLE_NAME IN (${BULK_TABLES.map(() => '?').join(', ')})
      ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    BULK_TABLES,
  );
  const byKey = new Map<string, IndexDefinition>();
  for (const row of rows) {
    const key = `${row.table}.${row.name}`;
    const index = byKey.get(key) ?? { table: row.table, name: row.name, columns: [], unique: Number(row.unique) === 1 };
    index.columns.push(row.column);
    byKey.set(key, index);
  }
  const indexes = [...byKey.values()];
  for (const [table, list] of groupByTable(indexes)) {
    await dataSource.query(`ALTER TABLE \`${table}\` ${list.map((i) => `DROP INDEX \`${i.name}\``).join(', ')}`);
  }
  return indexes;
}

/**
 * Adds the indexes back, one ALTER TABLE (one sorted build of all its indexes) per table, the
 * tables in parallel on their own connections so the server builds on every core.
 */
export async function restoreIndexes(dataSource: DataSource, indexes: readonly IndexDefinition[]): Promise<void> {
  const results = await Promise.allSettled(
    [...groupByTable(indexes)].map(([table, list]) => {
      const adds = list.map(
        (i) => `ADD ${i.unique ? 'UNIQUE ' : ''}INDEX \`${i.name}\` (${i.columns.map((c) => `\`${c}\``).join(', ')})`,
      );
      return dataSource.query(`ALTER TABLE \`${table}\` ${adds.join(', ')}`);
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function groupByTable(indexes: readonly IndexDefinition[]): Map<string, IndexDefinition[]> {
  const byTable = new Map<string, IndexDefinition[]>();
  for (const index of indexes) byTable.set(index.table, [...(byTable.get(index.table) ?? []), index]);
  return byTable;
}
