import { BatchRunEntity, BatchRunShardEntity, loadDecisionEngine } from '@rapport/data-access';
import { Worker, type Job } from 'bullmq';
import { hostname } from 'node:os';
import { type DataSource } from 'typeorm';
import { ensurePopulationFit, processCustomers } from '../refresh.job';
import { BATCH_ENGINE_OPTIONS, emptyCounts, type RefreshParams } from '../refresh-params';
import { redisConnection, refreshQueueName, type ShardJobData } from './redis-connection';

/**
 * Processes refresh shards from the queue. A shard continues from its checkpoint (committed with
 * each chunk), so a job retried after a crash neither redoes committed chunks nor skips any.
 */
export function startShardWorker(
  dataSource: DataSource,
  options: { concurrency: number; log?: (line: Record<string, unknown>) => void },
): Worker<ShardJobData> {
  const workerId = `${hostname()}:${process.pid}`;
  const log = options.log ?? (() => undefined);
  return new Worker<ShardJobData>(
    refreshQueueName(),
    async (job: Job<ShardJobData>) => {
      const { runId, shardIndex } = job.data;
      const run = await dataSource.manager.findOneByOrFail(BatchRunEntity, { id: runId });
      const shard = await dataSource.manager.findOneByOrFail(BatchRunShardEntity, { runId, shardIndex });
      if (shard.status === 'completed') return { skipped: true };
      await dataSource.manager.update(
        BatchRunShardEntity,
        { runId, shardIndex },
        { status: 'running', attempts: shard.attempts + 1, workerId, updatedAt: new Date() },
      );
      log({
        msg: 'shard started',
        runId,
        shardIndex,
        workerId,
        attempt: shard.attempts + 1,
        from: shard.checkpoint ?? shard.fromId,
      });
      const params = run.params as unknown as RefreshParams;
      const fit = await ensurePopulationFit(dataSource, new Date(params.now), false);
      const engine = await loadDecisionEngine(dataSource.manager, BATCH_ENGINE_OPTIONS);
      const counts = { ...emptyCounts(), customers: shard.processed };
      try {
        await processCustomers(dataSource, runId, params, {
          after: shard.checkpoint ?? shard.fromId,
          toId: shard.toId,
          target: { kind: 'shard', runId, shardIndex },
          counts,
          errors: [],
          prepared: { fit, engine },
          hooks: { onChunk: ({ done }) => void job.updateProgress(done) },
        });
      } catch (error) {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        await dataSource.manager.update(
          BatchRunShardEntity,
          { runId, shardIndex },
          { status: lastAttempt ? 'failed' : 'pending', updatedAt: new Date() },
        );
        throw error;
      }
      await dataSource.manager.update(
        BatchRunShardEntity,
        { runId, shardIndex },
        { status: 'completed', updatedAt: new Date() },
      );
      log({ msg: 'shard completed', runId, shardIndex, workerId });
      return { processed: counts.customers };
    },
    { connection: redisConnection(), concurrency: options.concurrency, lockDuration: 30_000 },
  );
}
