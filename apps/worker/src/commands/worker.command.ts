import { type Command, InvalidArgumentError } from 'commander';
import { startShardWorker } from '../jobs/refresh/distributed/shard-worker';
import { describeDatabase, withDatabase } from './db.command';

/** Registers `rapport worker`: processes distributed refresh shards until stopped. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'Process distributed refresh shards from BullMQ (REDIS_URL, default redis://127.0.0.1:6379) until Ctrl-C',
    )
    .option(
      '--concurrency <k>',
      'shards processed at once by this process',
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
        return n;
      },
      1,
    )
    .action(async (options: { concurrency: number }) => {
      await withDatabase(async (dataSource) => {
        const log = (line: Record<string, unknown>) =>
          process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
        const worker = startShardWorker(dataSource, { concurrency: options.concurrency, log });
        log({ msg: 'worker ready', database: describeDatabase(), concurrency: options.concurrency, pid: process.pid });
        await new Promise<void>((resolve) => {
          const stop = () => {
            log({ msg: 'worker stopping: finishing the current chunk' });
            // close() waits for active jobs; a shard interrupted by a harder stop is retried elsewhere.
            void worker.close().then(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      });
    });
}
