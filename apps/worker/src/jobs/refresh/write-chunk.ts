import { BatchRunEntity, BatchRunShardEntity, CustomerEntity, upsertBatchDecisions } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { type CustomerValueUpdate, type ScoredChunk } from './score-chunk';

/** Where a chunk's progress is recorded: the run itself, or one shard of a distributed run. */
export type ProgressTarget = { kind: 'run'; runId: string } | { kind: 'shard'; runId: string; shardIndex: number };

/**
 * Writes one chunk atomically: the customers' value figures, their batch decisions (one row per
 * customer with a decision per channel, replaced in place by an upsert) and the checkpoint — all
 * in one transaction. A crash before the commit leaves the previous decisions intact and the checkpoint
 * before this chunk, so a resumed run redoes exactly this chunk; the primary key makes a
 * duplicated or half-replaced set of recommendations impossible. (A channel dropped from the
 * refresh keeps its last decision until that expires.)
 *
 * `after` is the previous chunk's write when the two overlap (MySQL): this one does its heavy
 * statements meanwhile but moves the checkpoint and commits only once that one has committed,
 * and rolls back if it failed. Commits therefore stay in chunk order and a checkpoint never
 * passes an uncommitted chunk. READ COMMITTED keeps the two transactions from taking gap locks
 * on each other's neighbouring index ranges (their rows are disjoint: different customers).
 */
export async function writeChunk(
  manager: EntityManager,
  chunkIds: string[],
  scored: ScoredChunk,
  progress: ProgressTarget,
  checkpoint: string,
  counts: Record<string, number>,
  after: Promise<void> = Promise.resolve(),
): Promise<void> {
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const write = async (tx: EntityManager) => {
    await updateValueFigures(tx, scored.values);
    await upsertBatchDecisions(tx, scored.decisions);
    await after;
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
  };
  await (sqlite ? manager.transaction(write) : manager.transaction('READ COMMITTED', write));
}

const VALUE_COLUMNS = ['clv', 'pAlive', 'expectedPurchases', 'expectedSpend', 'segment'] as const;

/**
 * One UPDATE per chunk, joined to the chunk's figures as a derived table (SELECT … UNION ALL …):
 * the server matches each customer by primary key. (A `SET col = CASE id WHEN … END` per column
 * made MariaDB compare every row against every WHEN: 4–5× slower at 1,000 customers.)
 * MySQL/MariaDB spell it UPDATE … JOIN; SQLite (3.33+) UPDATE … FROM.
 */
export async function updateValueFigures(manager: EntityManager, values: CustomerValueUpdate[]): Promise<void> {
  if (values.length === 0) return;
  const driver = manager.connection.driver;
  const q = (name: string) => driver.escape(name);
  const parameters: unknown[] = [];
  const selects = values.map((v, k) => {
    parameters.push(v.id, ...VALUE_COLUMNS.map((name) => v[name]));
    // Column names on the first branch only: UNION ALL takes them from there.
    return k === 0
      ? `SELECT ? AS ${q('id')}, ${VALUE_COLUMNS.map((name) => `? AS ${q(name)}`).join(', ')}`
      : `SELECT ?, ${VALUE_COLUMNS.map(() => '?').join(', ')}`;
  });
  const valueUpdatedAtColumn = manager.connection
    .getMetadata(CustomerEntity)
    .findColumnWithPropertyName('valueUpdatedAt');
  if (!valueUpdatedAtColumn) throw new Error('customers.valueUpdatedAt is missing from the entity metadata');
  parameters.push(driver.preparePersistentValue(new Date(), valueUpdatedAtColumn));
  const figures = `(${selects.join(' UNION ALL ')}) AS ${q('v')}`;
  const customers = q('customers');
  if (manager.connection.options.type === 'better-sqlite3') {
    const sets = VALUE_COLUMNS.map((name) => `${q(name)} = ${q('v')}.${q(name)}`);
    await manager.query(
      `UPDATE ${customers} SET ${sets.join(', ')}, ${q('valueUpdatedAt')} = ? FROM ${figures} WHERE ${customers}.${q('id')} = ${q('v')}.${q('id')}`,
      // SQLite binds in text order: the timestamp's ? comes before the derived table's.
      [parameters[parameters.length - 1], ...parameters.slice(0, -1)],
    );
  } else {
    const sets = VALUE_COLUMNS.map((name) => `${q('c')}.${q(name)} = ${q('v')}.${q(name)}`);
    await manager.query(
      `UPDATE ${customers} AS ${q('c')} JOIN ${figures} ON ${q('c')}.${q('id')} = ${q('v')}.${q('id')} SET ${sets.join(', ')}, ${q('c')}.${q('valueUpdatedAt')} = ?`,
      parameters,
    );
  }
}
