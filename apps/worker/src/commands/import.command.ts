import { type Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { countDataLines } from '../jobs/import/count-data-lines';
import { importInteractions } from '../jobs/import/import-interactions.job';
import { importRecords, type ImportRecordsReport } from '../jobs/import/import-records.job';
import { importTransactions, type ImportReport } from '../jobs/import/import-transactions.job';
import { createProgressReporter } from '../progress-reporter';
import { describeDatabase, withDatabase } from './db.command';
import { parseColumnMap } from './identity/column-map';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function printRecordsReport(report: ImportRecordsReport, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(
    `${describeDatabase()}: ${report.files.join(', ')}: read ${report.read}, linked to existing customers ${report.linked}, new customers ${report.newCustomers}, ` +
      `updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length} (model: ${report.model}, ${report.elapsedMs} ms)`,
  );
  for (const r of report.rejected.slice(0, 50)) console.log(`  ${r.file} line ${r.line}: ${r.message}`);
  if (report.rejected.length > 50) console.log(`  … and ${report.rejected.length - 50} more (use --json for all)`);
}

function printReport(report: ImportReport, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(
    `${describeDatabase()}: ${report.file}: read ${report.read}, imported ${report.imported}, already present ${report.duplicates}, rejected ${report.rejected.length}`,
  );
  for (const r of report.rejected.slice(0, 50))
    console.log(`  line ${r.line}${r.field ? ` [${r.field}]` : ''}: ${r.message}`);
  if (report.rejected.length > 50) console.log(`  … and ${report.rejected.length - 50} more (use --json for all)`);
}

/** Registers `rapport import transactions|interactions|records`. */
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
    .description(
      'Tracked outcomes: customer_id (or source + source_id), offer_code (or offer_id), channel, outcome, date [, external_id]',
    )
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
  group
    .command('records [file]')
    .description(
      'Source records (customers as each touchpoint knows them): resolved one by one against the database and linked to a customer or ' +
        'a new one. Canonical columns: source, source_id, first_name, last_name, email, phone, date_of_birth, address_line, postcode, city; ' +
        'any other --map target is an extra identifier. Re-importing changes nothing.',
    )
    .option('--records <file>', 'another CSV of source records (repeatable)', collect, [])
    .option('--map <pairs>', 'column=canonical[,column=canonical…] (repeatable)', collect, [])
    .option('--chunk-size <n>', 'records per transaction', positiveInt, 500)
    .option('--json', 'print the report as JSON')
    .option('--strict', 'exit with status 1 when any row was rejected')
    .action(
      async (
        file: string | undefined,
        options: { records: string[]; map: string[]; chunkSize: number; json?: boolean; strict?: boolean },
      ) => {
        const files = [...(file ? [file] : []), ...options.records];
        if (files.length === 0) throw new Error('give a CSV file (and more with --records)');
        files.forEach(fileMustExist);
        const map = parseColumnMap(options.map);
        await withDatabase(async (dataSource) => {
          await dataSource.runMigrations({ transaction: 'each' });
          const progress = createProgressReporter('import records', await countDataLines(files));
          const report = await importRecords(dataSource, files, {
            map,
            chunkSize: options.chunkSize,
            onProgress: (read, r) =>
              progress.update(read, { linked: r.linked, newCustomers: r.newCustomers, rejected: r.rejected.length }),
          });
          progress.stop();
          printRecordsReport(report, options.json);
          if (options.strict && report.rejected.length > 0) process.exitCode = 1;
        });
      },
    );
}
