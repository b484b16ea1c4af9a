import { type Command, InvalidArgumentError } from 'commander';
import { runIdentityEvaluate } from './identity/run-identity-evaluate';
import { runIdentityResolve } from './identity/run-identity-resolve';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function dateOrder(value: string): 'dmy' | 'mdy' {
  if (value !== 'dmy' && value !== 'mdy') throw new InvalidArgumentError('must be dmy or mdy');
  return value;
}

/** Registers `rapport identity resolve` and `rapport identity evaluate`. */
export function registerIdentityCommands(program: Command): void {
  const identity = program.command('identity').description('Identity resolution: resolve source records into customers, evaluate against truth');

  identity
    .command('resolve')
    .description(
      'Resolve source records from CSV files into customers (all files together). Canonical columns: source, source_id, first_name, ' +
        'last_name, email, phone, date_of_birth, address_line, postcode, city; any other --map target is an extra identifier.',
    )
    .requiredOption('--records <file>', 'CSV of source records (repeatable)', collect, [])
    .option('--map <pairs>', 'column=canonical[,column=canonical…] (repeatable); several columns may feed one canonical column', collect, [])
    .requiredOption('--out <file>', 'output CSV: source, source_id, customer_id')
    .option('--explain <file>', 'output CSV: every link considered with its per-comparison weights')
    .option('--unique-source <name>', 'a source holding one record per person (repeatable): its records never merge with each other', collect, [])
    .option('--default-region <code>', 'region for phone numbers without country code', 'GB')
    .option('--date-order <order>', 'reading of ambiguous dates like 03/04/1980: dmy or mdy', dateOrder, 'dmy')
    .option('--model <file>', 'score with a saved model instead of training')
    .option('--save-model <file>', 'save the trained model as JSON (for incremental resolution)')
    .option('--json', 'print the summary as JSON')
    .action(
      (options: {
        records: string[];
        map: string[];
        out: string;
        explain?: string;
        uniqueSource: string[];
        defaultRegion: string;
        dateOrder: 'dmy' | 'mdy';
        model?: string;
        saveModel?: string;
        json?: boolean;
      }) => {
        const { summary } = runIdentityResolve(options);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(summary)}\n`);
          return;
        }
        process.stdout.write(
          `${summary.records} records → ${summary.customers} customers (${summary.merges} merges, ${summary.vetoes} refused links)\n` +
            `${summary.candidatePairs} candidate pairs, reduction ratio ${summary.reductionRatio.toFixed(6)}\n` +
            `time ${summary.totalMs} ms (${Object.entries(summary.timingsMs)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')})\n`,
        );
      },
    );

  identity
    .command('evaluate')
    .description('Pairwise precision, recall and F1 of clusters.csv against truth (source, source_id, person_id)')
    .requiredOption('--clusters <file>', 'CSV from `identity resolve`: source, source_id, customer_id')
    .option('--truth <file>', 'CSV: source, source_id, person_id')
    .option('--truth-from-source-id <regex>', "derive the person id from source_id (first group), e.g. FEBRL: '^rec-(\\d+)-'")
    .option('--json', 'print the result as JSON')
    .action((options: { clusters: string; truth?: string; truthFromSourceId?: string; json?: boolean }) => {
      const e = runIdentityEvaluate(options);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(e)}\n`);
        return;
      }
      process.stdout.write(
        `precision ${e.precision.toFixed(4)}  recall ${e.recall.toFixed(4)}  F1 ${e.f1.toFixed(4)}\n` +
          `pairs: ${e.truePositives} correct of ${e.predictedPairs} predicted, ${e.truePairs} true\n` +
          `clusters: ${e.predictedClusters} predicted, ${e.trueClusters} true, ${e.records} records\n`,
      );
    });
}
