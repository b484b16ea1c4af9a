import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { type DataSource } from 'typeorm';
import { createDataSource, type CreateDataSourceOptions, type DatabaseKind } from '../data-source';

/**
 * The drivers database-backed specs run on: SQLite always, MySQL/MariaDB too when
 * DATABASE_URL=mysql://… is set (CI sets it).
 */
export function testDatabaseKinds(env: NodeJS.ProcessEnv = process.env): DatabaseKind[] {
  return env['DATABASE_URL']?.startsWith('mysql://') ? ['sqlite', 'mysql'] : ['sqlite'];
}

export interface TestDatabase {
  kind: DatabaseKind;
  dataSource: DataSource;
  /** The mysql:// URL of the throw-away database (MySQL only). */
  url?: string;
  /** Destroys the DataSource and drops the throw-away database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty, throw-away database for one spec file: an in-memory SQLite database, or a
 * uniquely named MySQL database on the server of DATABASE_URL (so parallel jest workers never
 * share tables). Migrations are run unless `migrate: false`.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: CreateDataSourceOptions & { migrate?: boolean } = {},
): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dataSource = createDataSource({ kind: 'sqlite', sqlitePath: ':memory:' }, options);
    await dataSource.initialize();
    if (options.migrate !== false) await dataSource.runMigrations();
    return { kind, dataSource, dispose: () => dataSource.destroy() };
  }
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl?.startsWith('mysql://')) throw new Error('createTestDatabase("mysql") needs DATABASE_URL=mysql://…');
  const name = `rapport_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  const [versionRows] = await admin.query('SELECT VERSION() AS version');
  const flavor = /mariadb/i.test((versionRows as Array<{ version: string }>)[0].version) ? 'mariadb' : 'mysql';
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ kind: 'mysql', flavor, url: url.toString() }, { poolSize: 5, ...options });
  await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations();
  return {
    kind,
    dataSource,
    url: url.toString(),
    async dispose() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const conn = await createConnection(serverUrl);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
