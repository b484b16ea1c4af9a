import { createDataSource, resolveDatabaseConfig } from '@rapport/data-access';
import { type Command } from 'commander';
import { type DataSource } from 'typeorm';

/** Opens the database named by DATABASE_URL (embedded SQLite when unset), without migrating. */
export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource(resolveDatabaseConfig());
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export function describeDatabase(): string {
  const config = resolveDatabaseConfig();
  return config.kind === 'mysql'
    ? `MySQL ${new URL(config.url ?? '').host}${new URL(config.url ?? '').pathname}`
    : `SQLite ${config.sqlitePath}`;
}

/** Registers `rapport db migrate|status|reset`. */
export function registerDbCommands(program: Command): void {
  const db = program
    .command('db')
    .description('Manage the database schema (DATABASE_URL=mysql://… or the embedded SQLite file in .rapport/)');

  db.command('migrate')
    .description('Apply every pending migration, each in its own transaction')
    .action(async () => {
      await withDatabase(async (dataSource) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(
          applied.length === 0
            ? `${describeDatabase()}: schema up to date`
            : `${describeDatabase()}: applied ${applied.map((m) => m.name).join(', ')}`,
        );
      });
    });

  db.command('status')
    .description('Show whether migrations are pending')
    .action(async () => {
      await withDatabase(async (dataSource) => {
        const pending = await dataSource.showMigrations();
        console.log(
          `${describeDatabase()}: ${pending ? 'migrations pending (run `rapport db migrate`)' : 'schema up to date'}`,
        );
      });
    });

  db.command('reset')
    .description('Drop every Rapport table and migrate again from empty (destroys all data)')
    .option('--yes', 'confirm: required, since this deletes everything')
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes)
        throw new Error(`db reset deletes all data in ${describeDatabase()}; re-run with --yes to confirm`);
      await withDatabase(async (dataSource) => {
        await dataSource.dropDatabase();
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(`${describeDatabase()}: reset; applied ${applied.map((m) => m.name).join(', ')}`);
      });
    });
}
