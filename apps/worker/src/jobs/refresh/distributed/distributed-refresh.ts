import { BatchRunEntity, BatchRunShardEntity } from '@rapport/data-access';
import { Queue } from 'bullmq';
import { type DataSource } from 'typeorm';
import { createProgressReporter } from '../../../progress-reporter';
import { ensurePopulationFit, type RefreshOutcome } from '../refresh.job';
import { emptyCounts, type RefreshParams } from '../refresh-params';
import { planShards } from './plan-shards';
import { redisConnection, refreshQueueName, type ShardJobData } from './redis-connection';

/**
 * Coordinates a distributed refresh: fits the population model once, plans the shards, enqueues
 * one BullMQ job per unfinished shard (job id = run + shard, so enqueuing twice is harmless), and
 * follows the shards' progress in the database until all are done. Any number of
 * `rapport worker` processes, on any machines, take the jobs; BullMQ retries a job whose worker
 * died, and the shard's checkpoint makes the retry continue where the last commit ended.
 */
export async function runDistributedRefresh(
  dataSource: DataSource,
  run: BatchRunEntity,
  shards: number,
  shouldStop: () => boolean,
  pollMs = 500,
): Promise<RefreshOutcome> {
  const params = run.params as unknown as RefreshParams;
  await ensurePopulationFit(dataSource, new Date(params.now), false);
  const planned = await planShards(dataSource, run.id, shards);
  await dataSource.manager.update(BatchRunEntity, { id: run.id }, { status: 'running', finishedAt: null });
  const queue = new Queue<ShardJobData>(refreshQueueName(), { connection: redisConnection() });
  try {
    for (const shard of planned.filter((s) => s.status !== 'completed')) {
      await queue.add(
        'refresh-shard',
        { runId: run.id, shardIndex: shard.shardIndex },
        {
          jobId: `${run.id}-shard-${shard.shardIndex}`,
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: true,
          removeOnFail: false,
        },
      );
    }
  } finally {
    await queue.close();
  }
  const total = planned.length;
  const progress = createProgressReporter(`refresh ${run.id} (${total} shards)`, total);
  let lastProcessed = -1;
  let lastCompleted = -1;
  for (;;) {
    const rows = await dataSource.manager.find(BatchRunShardEntity, { where: { runId: run.id } });
    const completed = rows.filter((r) => r.status === 'completed').length;
    const failed = rows.filter((r) => r.status === 'failed').length;
    const processed = rows.reduce((sum, r) => sum + r.processed, 0);
    // Report only when something moved, not on every poll.
    if (processed !== lastProcessed || completed !== lastCompleted)
      progress.update(completed, { customers: processed, failed });
    lastProcessed = processed;
    lastCompleted = completed;
    if (completed + failed === total) {
      progress.stop();
      const status = failed > 0 ? 'failed' : 'completed';
      const counts = { ...emptyCounts(), customers: rows.reduce((sum, r) => sum + r.processed, 0) };
      const shardSummary = rows.map((r) => ({ index: r.shardIndex, status: r.status, processed: r.processed }));
      await dataSource.manager.update(
        BatchRunEntity,
        { id: run.id },
        { status, finishedAt: new Date(), counts: counts as unknown as Record<string, number>, shards: shardSummary },
      );
      return { runId: run.id, status, counts, errors: [] };
    }
    if (shouldStop()) {
      progress.stop();
      // The shards go on in the workers; this process only stops watching.
      return { runId: run.id, status: 'running', counts: emptyCounts(), errors: [] };
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
