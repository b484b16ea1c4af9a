import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { IdentityBlockKeyEntity } from '@rapport/data-access';
import { type DataSource, type EntityManager } from 'typeorm';

/*
 * Why a staging table: identity_block_keys is clustered on (blockKey, identityId) with a
 * secondary index on identityId, and keys arrive in random blockKey order. Once the table
 * outgrows the InnoDB buffer pool (128 MiB by default; 100k customers make 1.9 M keys,
 * 350 MB with the index) every chunk's insert lands on random pages: writing the keys with
 * each chunk made the 100k seed I/O-bound (149 s → 286 s). Sorting by blockKey does not help
 * (it makes the identityId index random instead: worse). So on MySQL the keys are appended to
 * a key-less staging table and moved with one INSERT … SELECT into the still-empty table with
 * unique and foreign-key checks off, which MariaDB (10.6+) runs as a bulk load: it sorts each
 * index and builds it page by page (1.9 M keys in about 25 s here). SQLite, demo-sized,
 * inserts the keys directly with each chunk.
 *
 * The staging table is MyISAM: a scratch heap that is only appended to and read once, so it
 * needs neither InnoDB's redo log nor room in its buffer pool (its writes stay in the OS page
 * cache). Staging and publishing 1.9 M keys took 26.5 s instead of 36.9 s with InnoDB staging.
 * It is not transactional: a chunk that rolls back leaves its keys staged, but a failed chunk
 * fails the seed before the publish, and the staging table is dropped with the schema.
 * Keys are staged with LOAD DATA LOCAL INFILE (no SQL to build, escape and parse for 5.7 M
 * values), falling back to multi-row INSERTs when the server or client refuses local files.
 */

const ROWS_PER_STATEMENT = 15_000;

/** MySQL/MariaDB errors meaning "LOAD DATA LOCAL is disabled" (server or client side). */
const LOCAL_INFILE_REFUSED = new Set([1148, 3948, 4166]);

/** A staging table of this run (concurrent seeds of shards never share one). */
export interface BlockKeyStaging {
  table: string;
  /** Cleared when the server refuses LOAD DATA LOCAL; later chunks then use INSERT. */
  localInfile: boolean;
}

/** Creates a staging table named for this run. */
export async function createBlockKeyStaging(dataSource: DataSource): Promise<BlockKeyStaging> {
  const table = `seed_block_keys_${randomBytes(4).toString('hex')}`;
  await dataSource.query(
    `CREATE TABLE \`${table}\` (\`blockKey\` varchar(160) NOT NULL, \`identityId\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  );
  return { table, localInfile: true };
}

/** Appends a chunk's keys to the staging table, on the chunk's connection. */
export async function stageBlockKeys(
  manager: EntityManager,
  staging: BlockKeyStaging,
  rows: readonly IdentityBlockKeyEntity[],
): Promise<void> {
  if (rows.length === 0) return;
  if (staging.localInfile) {
    try {
      await loadLocalRows(manager, staging.table, rows);
      return;
    } catch (error) {
      if (!LOCAL_INFILE_REFUSED.has((error as { errno?: number }).errno ?? 0)) throw error;
      staging.localInfile = false;
    }
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const parameters: string[] = new Array(chunk.length * 3);
    let p = 0;
    for (const row of chunk) {
      parameters[p++] = row.blockKey;
      parameters[p++] = row.identityId;
      parameters[p++] = row.customerId;
    }
    await manager.query(
      `INSERT INTO \`${staging.table}\` VALUES ${new Array(chunk.length).fill('(?, ?, ?)').join(', ')}`,
      parameters,
    );
  }
}

/** The raw mysql2 connection behind a query runner (TypeORM has no LOAD DATA LOCAL API). */
interface Mysql2Connection {
  query(
    options: { sql: string; infileStreamFactory: () => Readable },
    callback: (error: Error | null, result?: { affectedRows: number }) => void,
  ): void;
}

/** LOAD DATA's default text format: tab-separated, backslash escapes. */
const TSV_SPECIAL = /[\\\t\n\0]/;
const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\0': '\\0' };
const tsvField = (value: string) =>
  TSV_SPECIAL.test(value) ? value.replace(/[\\\t\n\0]/g, (c) => TSV_ESCAPES[c]) : value;

async function loadLocalRows(
  manager: EntityManager,
  table: string,
  rows: readonly IdentityBlockKeyEntity[],
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('stageBlockKeys runs inside a transaction');
  const connection = (await runner.connect()) as Mysql2Connection;
  const lines: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    lines[i] = `${tsvField(row.blockKey)}\t${row.identityId}\t${row.customerId}\n`;
  }
  const data = Buffer.from(lines.join(''), 'utf8');
  const sql = `LOAD DATA LOCAL INFILE 'block-keys.tsv' INTO TABLE \`${table}\` CHARACTER SET utf8mb4 (\`blockKey\`, \`identityId\`, \`customerId\`)`;
  const result = await new Promise<{ affectedRows: number }>((resolve, reject) =>
    connection.query({ sql, infileStreamFactory: () => Readable.from([data]) }, (error, rows) =>
      error ? reject(error) : resolve(rows as { affectedRows: number }),
    ),
  );
  // LOCAL turns data errors into warnings (the server cannot stop the upload): count instead.
  if (result.affectedRows !== rows.length)
    throw new Error(`Staged ${result.affectedRows} of ${rows.length} block keys into ${table}`);
}

/**
 * Moves the staged keys into identity_block_keys in one transaction and drops the staging
 * table. The checks are switched off only on this connection and restored before it returns
 * to the pool; the keys are unique by construction (one per rule and identity).
 */
export async function publishStagedBlockKeys(dataSource: DataSource, staging: BlockKeyStaging): Promise<void> {
  const table = dataSource.getMetadata(IdentityBlockKeyEntity).tableName;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET unique_checks = 0, foreign_key_checks = 0');
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO \`${table}\` (\`blockKey\`, \`identityId\`, \`customerId\`) SELECT \`blockKey\`, \`identityId\`, \`customerId\` FROM \`${staging.table}\``,
    );
    await runner.commitTransaction();
    await runner.query(`DROP TABLE \`${staging.table}\``);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.query('SET unique_checks = 1, foreign_key_checks = 1');
    await runner.release();
  }
}
