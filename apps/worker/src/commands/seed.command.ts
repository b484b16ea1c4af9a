import { CustomerEntity } from '@rapport/data-access';
import { type Command, InvalidArgumentError } from 'commander';
import { seedDemoData } from '../jobs/seed-demo-data.job';
import { createProgressReporter } from '../progress-reporter';
import { describeDatabase, withDatabase } from './db.command';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function isoDate(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('must be a date YYYY-MM-DD');
  return new Date(`${value}T00:00:00.000Z`);
}

/** Registers `rapport seed`. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(
      'Write deterministic demo data: the offer catalog and N customers with messy source records, purchases and conversations',
    )
    .option('--customers <n>', 'number of customers', positiveInt, 1000)
    .option('--seed <seed>', 'random seed; the same seed and --as-of give the same data', '42')
    .option('--as-of <date>', 'the "today" of the data (YYYY-MM-DD); default today', isoDate)
    .option('--chunk-size <n>', 'customers per transaction', positiveInt, 1000)
    .option('--reset', 'drop and re-create the schema first')
    .option('--if-empty', 'do nothing when the database already holds customers (used by `npm start`)')
    .option(
      '--no-block-keys',
      'skip identity_block_keys (faster; incremental identity resolution will not find the seeded people)',
    )
    .option('--json', 'print the result as JSON')
    .action(
      async (options: {
        customers: number;
        seed: string;
        asOf?: Date;
        chunkSize: number;
        reset?: boolean;
        ifEmpty?: boolean;
        blockKeys: boolean;
        json?: boolean;
      }) => {
        const asOf = options.asOf ?? new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
        await withDatabase(async (dataSource) => {
          if (options.reset) await dataSource.dropDatabase();
          await dataSource.runMigrations({ transaction: 'each' });
          if (options.ifEmpty && (await dataSource.manager.count(CustomerEntity)) > 0) {
            console.log(`${describeDatabase()}: already seeded`);
            return;
          }
          const progress = createProgressReporter('seed', options.customers);
          const result = await seedDemoData(
            dataSource,
            {
              customers: options.customers,
              seed: /^\d+$/.test(options.seed) ? Number(options.seed) : options.seed,
              asOf,
              chunkSize: options.chunkSize,
              blockKeys: options.blockKeys,
            },
            (done) => progress.update(done),
          );
          progress.stop();
          if (options.json) console.log(JSON.stringify({ database: describeDatabase(), ...result }));
          else
            console.log(
              `${describeDatabase()}: seeded ${result.customers} customers, ${result.identities} source records (${result.blockKeys} block keys), ${result.transactions} transactions, ` +
                `${result.events} conversation events, ${result.consents} consents and ${result.offers} offers in ${(result.elapsedMs / 1000).toFixed(1)} s`,
            );
        });
      },
    );
}
