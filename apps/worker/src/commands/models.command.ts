import { type Command, InvalidArgumentError } from 'commander';
import { withDatabase } from './db.command';
import { buildModelsReport } from './models/build-models-report';
import { formatModelsReport } from './models/format-models-report';

const count = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`must be an integer ≥ ${min}`);
  return n;
};
const level = (value: string) => {
  const n = Number(value);
  if (!(n >= 0.5 && n <= 0.999)) throw new InvalidArgumentError('must be between 0.5 and 0.999');
  return n;
};

interface ModelsCommandOptions {
  days: number;
  channel?: string;
  offer?: string;
  top: number;
  minEvidence: number;
  confidence: number;
  json?: boolean;
}

/** Registers `rapport models`: what the propensity models learned and what they earn over the control group. */
export function registerModelsCommand(program: Command): void {
  program
    .command('models')
    .description(
      'Propensity models (evidence, propensity, AUC; most evidence first) and the lift of model-driven ' +
        'real-time recommendations over the random control group',
    )
    .option('--days <n>', 'lift window: real-time recommendations of the last N days', count(1), 30)
    .option('--channel <name>', 'only this channel (e.g. web, email; * for the models pooling every channel)')
    .option('--offer <id>', 'only this offer')
    .option('--top <n>', 'models listed', count(1), 20)
    .option('--min-evidence <n>', 'only models learned from at least N outcomes', count(0), 1)
    .option('--confidence <level>', 'confidence level of the interval on the difference', level, 0.95)
    .option('--json', 'print the report as JSON')
    .action(async (options: ModelsCommandOptions) => {
      const report = await withDatabase((dataSource) =>
        buildModelsReport(dataSource.manager, {
          days: options.days,
          now: new Date(),
          channel: options.channel ?? null,
          offerId: options.offer ?? null,
          top: options.top,
          minEvidence: options.minEvidence,
          confidence: options.confidence,
        }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatModelsReport(report)}\n`);
    });
}
