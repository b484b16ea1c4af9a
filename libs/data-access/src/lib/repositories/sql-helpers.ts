import {
  type EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type ObjectLiteral,
  QueryFailedError,
  type QueryRunner,
} from 'typeorm';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Raw-SQL helpers for the read paths the gateway runs on every request: one statement per
 * batch, rows hydrated with the driver's own conversions (dates, decimals, JSON, transformers),
 * so they read exactly like entities loaded through find().
 */

/** Quotes an identifier for the manager's driver. */
export function quote(manager: EntityManager, name: string): string {
  return manager.connection.driver.escape(name);
}

/** Converts a value to what the driver stores for `property` of `target` (dates on SQLite are text). */
export function toParameter<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  property: keyof T & string,
  value: unknown,
): unknown {
  if (value === null || value === undefined) return null;
  const column = manager.connection.getMetadata(target).findColumnWithPropertyName(property);
  if (!column) throw new Error(`unknown column ${property}`);
  return manager.connection.driver.preparePersistentValue(value, column);
}

/** Turns raw rows (column names as selected) into entity instances. */
export function hydrateRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: ReadonlyArray<Record<string, unknown>>,
): T[] {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns;
  return rows.map((raw) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const column of columns) {
      const value = raw[column.databaseName];
      entity[column.propertyName] = value === undefined ? null : driver.prepareHydratedValue(value, column);
    }
    return entity as T;
  });
}

/**
 * Chosen columns of the rows of the given customers, as plain objects converted exactly like
 * find() converts them (dates, decimals, JSON), without find()'s query builder and entity
 * transformer — about half the CPU per row on the batch refresh's reads. `since` adds
 * `AND <time column> >= ?`; `key` names the customer id column (default `customerId`; `id` for
 * the customers themselves).
 */
export async function findColumnsByCustomerIds<T extends ObjectLiteral, K extends keyof T & string>(
  manager: EntityManager,
  target: EntityTarget<T>,
  properties: readonly K[],
  customerIds: readonly string[],
  options: { since?: { property: keyof T & string; from: Date }; key?: keyof T & string } = {},
): Promise<Array<Pick<T, K>>> {
  if (customerIds.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const columns = properties.map((property) => columnOf(metadata, property));
  const key = columnOf(metadata, options.key ?? 'customerId');
  const parameters: unknown[] = [...customerIds];
  let sinceSql = '';
  if (options.since) {
    sinceSql = ` AND ${quote(manager, columnOf(metadata, options.since.property).databaseName)} >= ?`;
    parameters.push(toParameter(manager, target, options.since.property, options.since.from));
  }
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT ${columns.map((c) => quote(manager, c.databaseName)).join(', ')} FROM ${tableName(manager, target)}
     WHERE ${quote(manager, key.databaseName)} IN (${placeholders(customerIds.length)})${sinceSql}`,
    parameters,
  );
  const build = rowBuilder(manager.connection.driver, metadata.tableName, columns);
  const out = new Array<Pick<T, K>>(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = build(rows[r]) as Pick<T, K>;
  return out;
}

/** The column of an entity property; throws on a name the entity does not have. */
function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`unknown column ${property} of ${metadata.tableName}`);
  return column;
}

/** Turns a raw result row into a plain object (see compileRowBuilder). */
export type RowBuilder = (raw: Record<string, unknown>) => Record<string, unknown>;
type Driver = EntityManager['connection']['driver'];

/** One property of the objects a RowBuilder makes: read from `source`, converted as `column`. */
export interface RowField {
  property: string;
  source: string;
  column: ColumnMetadata;
}

/**
 * A function that turns a raw row into a plain object with exactly `fields`, each converted by
 * the driver as its column (dates, decimals, JSON). It is generated, so every object it makes is
 * an object literal of one fixed shape. Rows filled property by property in a loop shared by
 * several tables made V8's property accesses on them megamorphic, slower wherever the rows were
 * read later (scoring, decisions). Property and source names come from entity metadata only.
 */
export function compileRowBuilder(driver: Driver, fields: readonly RowField[]): RowBuilder {
  const convert = (i: number, value: unknown) =>
    value === null || value === undefined ? null : driver.prepareHydratedValue(value, fields[i].column);
  const literal = fields.map(
    (f, i) => `${JSON.stringify(f.property)}: convert(${i}, raw[${JSON.stringify(f.source)}])`,
  );
  return new Function('convert', `return (raw) => ({ ${literal.join(', ')} });`)(convert) as RowBuilder;
}

/** Builders per data source (driver): its conversions and column metadata are its own. */
const rowBuilders = new WeakMap<Driver, Map<string, RowBuilder>>();

function rowBuilder(driver: Driver, table: string, columns: ReadonlyArray<ColumnMetadata>): RowBuilder {
  let builders = rowBuilders.get(driver);
  if (!builders) rowBuilders.set(driver, (builders = new Map()));
  const key = `${table}:${columns.map((c) => c.propertyName).join(',')}`;
  let build = builders.get(key);
  if (!build) {
    build = compileRowBuilder(
      driver,
      columns.map((column) => ({ property: column.propertyName, source: column.databaseName, column })),
    );
    builders.set(key, build);
  }
  return build;
}

/** `?, ?, ?` for n parameters. */
export function placeholders(count: number): string {
  return new Array(count).fill('?').join(', ');
}

/** The selected column list of an entity's table, optionally prefixed by an alias. */
export function columnList<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  alias?: string,
): string {
  const prefix = alias ? `${alias}.` : '';
  return manager.connection
    .getMetadata(target)
    .columns.map((c) => `${prefix}${quote(manager, c.databaseName)}`)
    .join(', ');
}

export function tableName<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>): string {
  return quote(manager, manager.connection.getMetadata(target).tableName);
}

/** True for a unique-key or primary-key violation on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  const code = driverError?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The callback API of the mysql2 connection under a TypeORM MySQL query runner. */
interface Mysql2Connection {
  execute(
    sql: string,
    values: unknown[],
    callback: (error: Error | null, result: { affectedRows?: number }) => void,
  ): void;
}

/**
 * Runs a large multi-row write as a server-side prepared statement on MySQL (its values travel in
 * the binary protocol), or as a plain statement on SQLite; returns the affected-row count. For
 * bulk writes of long text values: sent inline, a 1,000-row upsert of the refresh's packed
 * decisions is megabytes of escaped SQL that MariaDB spent more CPU lexing than executing.
 */
export async function executePrepared(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  if (manager.connection.options.type === 'better-sqlite3') return execute(manager, sql, parameters);
  return withQueryRunner(manager, async (runner) => {
    const connection = await (runner as unknown as { connect(): Promise<Mysql2Connection> }).connect();
    const result = await new Promise<{ affectedRows?: number }>((resolve, reject) =>
      connection.execute(sql, parameters, (error, value) => (error ? reject(error) : resolve(value))),
    );
    return result.affectedRows ?? 0;
  });
}

/** Runs an INSERT/UPDATE/DELETE and returns how many rows it changed, on either driver. */
export async function execute(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  return withQueryRunner(manager, async (runner) => (await runner.query(sql, parameters, true)).affected ?? 0);
}

/**
 * Runs `work` on the manager's query runner (its transaction), or on a runner taken from the pool
 * for the call and released after it.
 */
export async function withQueryRunner<R>(
  manager: EntityManager,
  work: (runner: QueryRunner) => Promise<R>,
): Promise<R> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return await work(runner);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
