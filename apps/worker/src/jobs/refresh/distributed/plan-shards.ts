import { BatchRunShardEntity, CustomerEntity } from '@rapport/data-access';
import { type DataSource } from 'typeorm';

/**
 * Splits the customers into `shards` contiguous id ranges of about equal size. Boundaries are
 * read from the primary-key index (`ORDER BY id LIMIT 1 OFFSET k`), so shards are balanced
 * whatever the id distribution. Existing shard rows of the run are kept (resume).
 */
export async function planShards(
  dataSource: DataSource,
  runId: string,
  shards: number,
): Promise<BatchRunShardEntity[]> {
  const existing = await dataSource.manager.find(BatchRunShardEntity, {
    where: { runId },
    order: { shardIndex: 'ASC' },
  });
  if (existing.length > 0) return existing;
  const total = await dataSource.manager.count(CustomerEntity);
  const count = Math.max(1, Math.min(shards, total));
  const boundaries: string[] = [];
  for (let k = 1; k < count; k++) {
    const row: Array<{ id: string }> = await dataSource
      .createQueryBuilder(CustomerEntity, 'c')
      .select('c.id', 'id')
      .orderBy('c.id', 'ASC')
      .offset(Math.floor((k * total) / count) - 1)
      .limit(1)
      .getRawMany();
    if (row[0]) boundaries.push(row[0].id);
  }
  const planned: BatchRunShardEntity[] = [];
  for (let i = 0; i <= boundaries.length; i++) {
    planned.push({
      runId,
      shardIndex: i,
      fromId: i === 0 ? '' : boundaries[i - 1],
      toId: i < boundaries.length ? boundaries[i] : null,
      status: 'pending',
      processed: 0,
      checkpoint: null,
      attempts: 0,
      workerId: null,
      updatedAt: new Date(),
    });
  }
  await dataSource.manager.save(BatchRunShardEntity, planned);
  return planned;
}
