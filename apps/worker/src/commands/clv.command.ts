import { type Command } from 'commander';
import { scoreAllCustomers } from '../jobs/clv-score.job';
import { createProgressReporter } from '../progress-reporter';
import { describeDatabase, withDatabase } from './db.command';
import { formatClvFitReport } from './clv/format-clv-fit-report';
import { type ClvFitOptions, runClvFit } from './clv/run-clv-fit';

/**
 * Registers `rapport clv …`. `clv fit` fits the CLV models on a CSV and prints parameters,
 * standard errors, log-likelihoods and, with a holdout, how well they predicted it.
 * `clv score` writes every customer's predictions and value segment to the database.
 */
export function registerClvCommands(program: Command): void {
  const clv = program
    .command('clv')
    .description('Customer lifetime value: fit BG/NBD, Pareto/NBD and Gamma-Gamma models');
  clv
    .command('fit')
    .description(
      'Fit CLV models on a summary CSV (frequency,recency,T[,monetary_value]) or a transactions CSV (customer_id,date,amount)',
    )
    .option(
      '--summary <file>',
      'summary CSV: frequency,recency,T and optionally monetary_value (x,t_x,T,zbar also accepted)',
    )
    .option('--transactions <file>', 'transactions CSV: customer_id,date (YYYY-MM-DD),amount')
    .option('--calibration-end <date>', 'with --transactions: last day of the calibration period (YYYY-MM-DD)')
    .option(
      '--observation-end <date>',
      'with --transactions: last day of the holdout period; adds holdout MAE and totals',
    )
    .option(
      '--unit <unit>',
      'time unit: days or weeks (for --summary: the unit its recency and T are in; default days)',
    )
    .option('--model <model>', 'bgnbd, pareto, gg or all', 'all')
    .option('--json', 'print the result as JSON')
    .action((options: ClvFitOptions & { json?: boolean }) => {
      const report = runClvFit(options);
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatClvFitReport(report)}\n`);
    });
  clv
    .command('score')
    .description(
      'Write CLV, P(alive), expected purchases and spend, and value segment for every customer in the database',
    )
    .option('--refit', 'refit the population models first (they are fitted automatically when none exist)')
    .option('--now <date>', 'calibration end (default: now)')
    .option('--chunk-size <n>', 'customers per transaction', '2000')
    .option('--json', 'print the result as JSON')
    .action(async (options: { refit?: boolean; now?: string; chunkSize: string; json?: boolean }) => {
      const now = options.now ? new Date(options.now) : new Date();
      if (Number.isNaN(now.getTime())) throw new Error(`--now: "${options.now}" is not a date`);
      const chunkSize = Number(options.chunkSize);
      if (!Number.isInteger(chunkSize) || chunkSize <= 0) throw new Error('--chunk-size must be a positive integer');
      await withDatabase(async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        const progress: { bar: ReturnType<typeof createProgressReporter> | null } = { bar: null };
        const result = await scoreAllCustomers(dataSource, {
          now,
          refit: Boolean(options.refit),
          chunkSize,
          onProgress: (done, total) => (progress.bar ??= createProgressReporter('clv score', total)).update(done),
        });
        progress.bar?.stop();
        const summary = {
          database: describeDatabase(),
          customers: result.customers,
          scored: result.scored,
          skipped: result.skipped.length,
          fit: result.fit,
          elapsedMs: result.elapsedMs,
        };
        console.log(
          options.json
            ? JSON.stringify(summary)
            : `${summary.database}: scored ${result.scored} of ${result.customers} customers in ${(result.elapsedMs / 1000).toFixed(1)} s (BG/NBD on ${result.fit.customers} buyers)`,
        );
      });
    });
}
