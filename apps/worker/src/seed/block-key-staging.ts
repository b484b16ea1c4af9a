import { randomBytes } from 'node:crypto';
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
 */

const ROWS_PER_STATEMENT = 15_000;

/** Creates a staging table named for this run (concurrent seeds of shards never share one); returns its name. */
export async function createBlockKeyStaging(dataSource: DataSource): Promise<string> {
  const table = `seed_block_keys_${randomBytes(4).toString('hex')}`;
  await dataSource.query(
    `CREATE TABLE \`${table}\` (\`blockKey\` varchar(160) NOT NULL, \`identityId\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  );
  return table;
}

/** Appends a chunk's keys to the staging table, in the chunk's transaction. */
export async function stageBlockKeys(
  manager: EntityManager,
  staging: string,
  rows: readonly IdentityBlockKeyEntity[],
): Promise<void> {
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
      `INSERT INTO \`${staging}\` VALUES ${new Array(chunk.length).fill('(?, ?, ?)').join(', ')}`,
      parameters,
    );
  }
}

/**
 * Moves the staged keys into identity_block_keys in one transaction and drops the staging
 * table. The checks are switched off only on this connection and restored before it returns
 * to the pool; the keys are unique by construction (one per rule and identity).
 */
export async function publishStagedBlockKeys(dataSource: DataSource, staging: string): Promise<void> {
  const table = dataSource.getMetadata(IdentityBlockKeyEntity).tableName;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET unique_checks = 0, foreign_key_checks = 0');
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO \`${table}\` (\`blockKey\`, \`identityId\`, \`customerId\`) SELECT \`blockKey\`, \`identityId\`, \`customerId\` FROM \`${staging}\``,
    );
    await runner.commitTransaction();
    await runner.query(`DROP TABLE \`${staging}\``);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.query('SET unique_checks = 1, foreign_key_checks = 1');
    await runner.release();
  }
}
