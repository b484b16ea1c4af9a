import {
  BatchRunEntity,
  BatchRunShardEntity,
  bulkInsert,
  CustomerEntity,
  RecommendationEntity,
} from '@rapport/data-access';
import { In, type EntityManager } from 'typeorm';
import { type CustomerValueUpdate, type ScoredChunk } from './score-chunk';

/** Where a chunk's progress is recorded: the run itself, or one shard of a distributed run. */
export type ProgressTarget = { kind: 'run'; runId: string } | { kind: 'shard'; runId: string; shardIndex: number };

/**
 * Writes one chunk atomically: the customers' value figures, their batch recommendations
 * replaced (delete + bulk insert), and the checkpoint — all in one transaction. A crash before
 * the commit leaves the previous batch intact and the checkpoint before this chunk, so a resumed
 * run redoes exactly this chunk: never a duplicated or half-replaced set of recommendations.
 */
export async function writeChunk(
  manager: EntityManager,
  chunkIds: string[],
  scored: ScoredChunk,
  progress: ProgressTarget,
  checkpoint: string,
  counts: Record<string, number>,
): Promise<void> {
  await manager.transaction(async (tx) => {
    await updateValueFigures(tx, scored.values);
    const replaced = scored.values.map((v) => v.id);
    if (replaced.length > 0) {
      await tx.delete(RecommendationEntity, { customerId: In(replaced), source: 'batch' });
    }
    await bulkInsert(tx, RecommendationEntity, scored.recommendations);
    if (progress.kind === 'run') {
      await tx.update(BatchRunEntity, { id: progress.runId }, { checkpoint, counts });
    } else {
      await tx
        .createQueryBuilder()
        .update(BatchRunShardEntity)
        .set({ checkpoint, processed: () => `processed + ${chunkIds.length}`, updatedAt: new Date() })
        .where({ runId: progress.runId, shardIndex: progress.shardIndex })
        .execute();
    }
  });
}

/** One UPDATE … SET col = CASE id WHEN … END per chunk instead of one statement per customer. */
export async function updateValueFigures(manager: EntityManager, values: CustomerValueUpdate[]): Promise<void> {
  if (values.length === 0) return;
  const driver = manager.connection.driver;
  const q = (name: string) => driver.escape(name);
  const now = new Date();
  const parameters: unknown[] = [];
  const column = (name: keyof CustomerValueUpdate) => {
    const cases = values.map((v) => {
      parameters.push(v.id, v[name]);
      return 'WHEN ? THEN ?';
    });
    return `${q(name)} = CASE ${q('id')} ${cases.join(' ')} END`;
  };
  const sets = (['clv', 'pAlive', 'expectedPurchases', 'expectedSpend', 'segment'] as const).map(column);
  const valueUpdatedAtColumn = manager.connection
    .getMetadata(CustomerEntity)
    .findColumnWithPropertyName('valueUpdatedAt');
  if (!valueUpdatedAtColumn) throw new Error('customers.valueUpdatedAt is missing from the entity metadata');
  const valueUpdatedAt = driver.preparePersistentValue(now, valueUpdatedAtColumn);
  parameters.push(valueUpdatedAt, ...values.map((v) => v.id));
  await manager.query(
    `UPDATE ${q('customers')} SET ${sets.join(', ')}, ${q('valueUpdatedAt')} = ? WHERE ${q('id')} IN (${values.map(() => '?').join(', ')})`,
    parameters,
  );
}
