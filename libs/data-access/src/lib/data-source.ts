import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { ALL_MIGRATIONS } from './migrations';

export type DatabaseKind = 'mysql' | 'sqlite';

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** mysql://user:pass@host:port/db when kind is mysql. */
  url?: string;
  /**
   * MariaDB reports column metadata differently from MySQL; TypeORM only reads it right when
   * told (type "mariadb"). Selected by a mariadb:// URL. Only schema diffing depends on it.
   */
  flavor?: 'mysql' | 'mariadb';
  /** File path when kind is sqlite (":memory:" for an in-memory database). */
  sqlitePath?: string;
}

/** Where the embedded database lives when no DATABASE_URL is set (git-ignored). */
export const DEFAULT_SQLITE_PATH = '.rapport/rapport.sqlite';

/**
 * Reads DATABASE_URL: mysql://… selects MySQL/MariaDB via mysql2; unset (or sqlite:PATH)
 * selects the embedded SQLite file in .rapport/.
 */
export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env['DATABASE_URL']?.trim();
  if (!url) return { kind: 'sqlite', sqlitePath: DEFAULT_SQLITE_PATH };
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const flavor = url.startsWith('mariadb://') ? 'mariadb' : 'mysql';
    return { kind: 'mysql', flavor, url: url.replace(/^mariadb:/, 'mysql:') };
  }
  if (url.startsWith('sqlite:'))
    return { kind: 'sqlite', sqlitePath: url.slice('sqlite:'.length) || DEFAULT_SQLITE_PATH };
  throw new Error(`DATABASE_URL must start with mysql:// or sqlite: (got "${url.split(':')[0]}:…")`);
}

export interface CreateDataSourceOptions {
  logger?: Logger;
  /** mysql2 pool size. */
  poolSize?: number;
}

/** Builds (but does not initialise) the DataSource for a configuration. */
export function createDataSource(
  config: DatabaseConfig = resolveDatabaseConfig(),
  options: CreateDataSourceOptions = {},
): DataSource {
  const common = {
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? (['query', 'error'] as const) : false,
  };
  if (config.kind === 'mysql') {
    const mysqlOptions: DataSourceOptions = {
      ...common,
      logging: options.logger ? ['query', 'error'] : false,
      type: config.flavor === 'mariadb' ? 'mariadb' : 'mysql',
      url: config.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      poolSize: options.poolSize ?? 10,
      // trace: false — mysql2 otherwise captures a stack trace for every query (to decorate the
      // rare error), 2.6 % of the gateway's CPU per decision; TypeORM's errors still carry the SQL.
      extra: { connectionLimit: options.poolSize ?? 10, trace: false },
    };
    return new DataSource(mysqlOptions);
  }
  const file = config.sqlitePath ?? DEFAULT_SQLITE_PATH;
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  return new DataSource({
    ...common,
    logging: options.logger ? ['query', 'error'] : false,
    type: 'better-sqlite3',
    database: file,
    // WAL lets the gateway read while the worker writes; NORMAL sync is safe with WAL.
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
    },
  });
}

/** Creates, initialises and migrates a DataSource. */
export async function openDatabase(config?: DatabaseConfig, options?: CreateDataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(config, options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
