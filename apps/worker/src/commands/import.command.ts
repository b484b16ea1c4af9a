import { type Command } from 'commander';
import { existsSync } from 'node:fs';
import { importInteractions } from '../jobs/import/import-interactions.job';
import { importTransactions, type ImportReport } from '../jobs/import/import-transactions.job';
import { describeDatabase, withDatabase } from './db.command';

function printReport(report: ImportReport, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(
    `${describeDatabase()}: ${report.file}: read ${report.read}, imported ${report.imported}, already present ${report.duplicates}, rejected ${report.rejected.length}`,
  );
  for (const r of report.rejected.slice(0, 50)) console.log(`  line ${r.line}${r.field ? ` [${r.field}]` : ''}: ${r.message}`);
  if (report.rejected.length > 50) console.log(`  … and ${report.rejected.length - 50} more (use --json for all)`);
}

/** Registers `rapport import transactions|interactions`. */
export function registerImportCommands(program: Command): void {
  const group = program
    .command('import')
    .description('Load CSV files into the database: streamed, validated row by row, all-or-nothing, safe to re-run');
  const fileMustExist = (file: string) => {
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  };
  group
    .command('transactions <file>')
    .description('Purchases: customer_id (or source + source_id), date, amount [, external_id, currency, channel]')
    .option('--source <name>', 'source system recorded with the rows', 'import')
    .option('--json', 'print the report as JSON')
    .option('--strict', 'exit with status 1 when any row was rejected')
    .action(async (file: string, options: { source: string; json?: boolean; strict?: boolean }) => {
      fileMustExist(file);
      await withDatabase(async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        const report = await importTransactions(dataSource, file, options.source);
        printReport(report, options.json);
        if (options.strict && report.rejected.length > 0) process.exitCode = 1;
      });
    });
  group
    .command('interactions <file>')
    .description('Tracked outcomes: customer_id (or source + source_id), offer_code (or offer_id), channel, outcome, date [, external_id]')
    .option('--json', 'print the report as JSON')
    .option('--strict', 'exit with status 1 when any row was rejected')
    .action(async (file: string, options: { json?: boolean; strict?: boolean }) => {
      fileMustExist(file);
      await withDatabase(async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        const report = await importInteractions(dataSource, file);
        printReport(report, options.json);
        if (options.strict && report.rejected.length > 0) process.exitCode = 1;
      });
    });
}
