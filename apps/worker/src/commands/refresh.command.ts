import { type BatchRunEntity } from '@rapport/data-access';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { createProgressReporter } from '../progress-reporter';
import {
  createRefreshRun,
  ensurePopulationFit,
  executeRefreshRun,
  findResumableRun,
  lastCompletedRefreshStart,
} from '../jobs/refresh/refresh.job';
import { DEFAULT_REFRESH_PARAMS, parseChannels, type RefreshParams } from '../jobs/refresh/refresh-params';
import { runDistributedRefresh } from '../jobs/refresh/distributed/distributed-refresh';
import { describeDatabase, withDatabase } from './db.command';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
};
const channelList = (value: string) => {
  try {
    return parseChannels(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
};
const instant = (value: string) => {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be a date or ISO timestamp');
  return new Date(value).toISOString();
};

interface RefreshOptions {
  full?: boolean;
  changedSince?: string;
  resume?: string;
  refit?: boolean;
  chunkSize: number;
  channels: string[];
  top: number;
  ttlDays: number;
  now?: string;
  dryRun?: boolean;
  distributed?: boolean;
  shards: number;
  json?: boolean;
}

/** Registers `rapport refresh`. */
export function registerRefreshCommand(program: Command): void {
  program
    .command('refresh')
    .description(
      'Recompute CLV, segments and outbound recommendations for every customer (incremental after the first run). ' +
        'Ctrl-C stops after the current chunk; --resume RUN_ID continues. Exit code 0 on success.',
    )
    .option('--full', 'refresh every customer, even when a previous run exists')
    .option(
      '--changed-since <time>',
      'only customers changed since this time (default: start of the last completed run)',
      instant,
    )
    .option('--resume <runId>', 'continue a stopped, failed or crashed run from its checkpoint')
    .option('--refit', 'refit the population CLV models first (they are fitted automatically when none exist)')
    .option(
      '--chunk-size <n>',
      'customers per chunk (one transaction each)',
      positiveInt,
      DEFAULT_REFRESH_PARAMS.chunkSize,
    )
    .addOption(
      new Option('--channels <list>', 'outbound channels, comma-separated')
        .argParser(channelList)
        .default(DEFAULT_REFRESH_PARAMS.channels, DEFAULT_REFRESH_PARAMS.channels.join(',')),
    )
    .option('--top <n>', 'recommendations kept per customer and channel', positiveInt, DEFAULT_REFRESH_PARAMS.topN)
    .option('--ttl-days <n>', 'days the batch recommendations stay valid', positiveInt, DEFAULT_REFRESH_PARAMS.ttlDays)
    .option('--now <time>', 'the run\'s "now" (default: the current time)', instant)
    .option('--dry-run', 'compute and count, write nothing')
    .option(
      '--distributed',
      'split the run into shards processed by `rapport worker` processes through BullMQ (REDIS_URL)',
    )
    .option('--shards <n>', 'number of shards in distributed mode', positiveInt, 8)
    .option('--json', 'print the final result as JSON')
    .action(async (options: RefreshOptions) => {
      await withDatabase(async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        let stopRequested = false;
        const onSigint = () => {
          if (stopRequested) process.exit(130);
          stopRequested = true;
          process.stderr.write('\nstopping after the current chunk (Ctrl-C again to abort at once)…\n');
        };
        process.on('SIGINT', onSigint);
        process.on('SIGTERM', onSigint);
        try {
          const run = options.resume
            ? await findResumableRun(dataSource, options.resume)
            : await newRun(dataSource, options);
          const params = run.params as unknown as RefreshParams;
          if (options.distributed) {
            const outcome = await runDistributedRefresh(dataSource, run, options.shards, () => stopRequested);
            report(options, outcome);
            if (outcome.status !== 'completed') process.exitCode = 1;
            return;
          }
          const fit = await ensurePopulationFit(dataSource, new Date(params.now), Boolean(options.refit));
          process.stderr.write(
            `${describeDatabase()}: refresh ${run.id} (${params.mode}${params.mode === 'incremental' ? ` since ${params.changedSince}` : ''}), ` +
              `CLV fit on ${fit.customers} customers\n`,
          );
          let progress: ReturnType<typeof createProgressReporter> | null = null;
          const outcome = await executeRefreshRun(dataSource, run, {
            shouldStop: () => stopRequested,
            onStart: (total) => {
              progress = createProgressReporter('refresh', total);
            },
            onChunk: ({ done, counts }) =>
              progress?.update(done, { recommendations: counts.recommendations, skipped: counts.skipped }),
          });
          (progress as ReturnType<typeof createProgressReporter> | null)?.stop();
          report(options, outcome);
          if (outcome.status === 'stopped') {
            process.stderr.write(`stopped; resume with: rapport refresh --resume ${run.id}\n`);
            process.exitCode = 2;
          }
        } finally {
          process.off('SIGINT', onSigint);
          process.off('SIGTERM', onSigint);
        }
      });
    });
}

async function newRun(
  dataSource: Parameters<typeof createRefreshRun>[0],
  options: RefreshOptions,
): Promise<BatchRunEntity> {
  const now = options.now ?? new Date().toISOString();
  const since =
    options.changedSince ?? (options.full ? undefined : (await lastCompletedRefreshStart(dataSource))?.toISOString());
  const params: RefreshParams = {
    ...DEFAULT_REFRESH_PARAMS,
    mode: since ? 'incremental' : 'full',
    changedSince: since,
    now,
    chunkSize: options.chunkSize,
    channels: options.channels,
    topN: options.top,
    ttlDays: options.ttlDays,
    dryRun: Boolean(options.dryRun),
  };
  return createRefreshRun(dataSource, params);
}

function report(
  options: RefreshOptions,
  outcome: { runId: string; status: string; counts: object; errors: unknown[] },
): void {
  if (options.json) console.log(JSON.stringify({ ...outcome, errors: outcome.errors.slice(0, 20) }));
  else
    console.log(
      `refresh ${outcome.runId}: ${outcome.status} ${JSON.stringify(outcome.counts)}${outcome.errors.length ? `, ${outcome.errors.length} errors` : ''}`,
    );
}
