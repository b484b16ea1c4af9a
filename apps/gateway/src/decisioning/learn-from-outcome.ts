import { CustomerEntity, ModelStateEntity, type RecommendationEntity } from '@rapport/data-access';
import { PropensityStore, type TrackedOutcome } from '@rapport/decisioning';
import { Like, type EntityManager } from 'typeorm';

/** A propensity model's stored state and its row version (which orders states of one key). */
export interface StoredModelState {
  key: string;
  state: Record<string, unknown>;
  version: number;
}

/**
 * Applies one outcome to the offer's propensity models inside the caller's transaction. The
 * offer's stored model rows are re-read (and locked on MySQL) and updated from what is in the
 * database, not from this process's memory, so several gateway processes never lose each
 * other's updates. Returns the new states so the caller can refresh its in-memory store.
 */
export async function learnFromOutcome(
  manager: EntityManager,
  recommendation: RecommendationEntity,
  outcome: TrackedOutcome,
  now: Date,
): Promise<StoredModelState[]> {
  const isMysql = manager.connection.options.type !== 'better-sqlite3';
  const query = manager
    .createQueryBuilder(ModelStateEntity, 's')
    .where({ key: Like(`propensity:${recommendation.offerId}:%`) });
  if (isMysql) query.setLock('pessimistic_write');
  const rows = await query.getMany();
  const scratch = new PropensityStore();
  for (const row of rows) scratch.importState(row.key, row.state);
  const customer = await manager.findOne(CustomerEntity, {
    select: { id: true, segment: true },
    where: { id: recommendation.customerId },
  });
  const learned = scratch.update({
    offerId: recommendation.offerId,
    channel: recommendation.channel,
    segment: customer?.segment ?? null,
    outcome,
    propensityUsed: recommendation.propensity,
    at: now.getTime(),
  });
  if (!learned) return [];
  const changed = scratch.exportStates(true);
  const versions = new Map(rows.map((r) => [r.key, r.version]));
  const stored = changed.map(({ key, state }) => ({
    key,
    state: state as unknown as Record<string, unknown>,
    version: (versions.get(key) ?? 0) + 1,
  }));
  for (const { key, state, version } of stored)
    await manager.save(ModelStateEntity, { key, kind: 'propensity', state, version, updatedAt: now });
  return stored;
}
