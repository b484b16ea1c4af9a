import { type Command } from 'commander';
import { formatClvFitReport } from './clv/format-clv-fit-report';
import { type ClvFitOptions, runClvFit } from './clv/run-clv-fit';

/**
 * Registers `rapport clv …`. `clv fit` fits the CLV models on a CSV and prints parameters,
 * standard errors, log-likelihoods and, with a holdout, how well they predicted it.
 * (`clv score`, which writes per-customer predictions to the database, is registered by the
 * data-access side; it calls `scoreCustomers` from @rapport/clv.)
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
}
