import { CustomerEntity, ModelStateEntity, type RecommendationEntity } from '@rapport/data-access';
import { PropensityStore, type TrackedOutcome } from '@rapport/decisioning';
import { Like, type EntityManager } from 'typeorm';

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
): Promise<Array<{ key: string; state: Record<string, unknown> }>> {
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
  for (const { key, state } of changed) {
    await manager.save(ModelStateEntity, {
      key,
      kind: 'propensity',
      state: state as unknown as Record<string, unknown>,
      version: (versions.get(key) ?? 0) + 1,
      updatedAt: now,
    });
  }
  return changed.map(({ key, state }) => ({ key, state: state as unknown as Record<string, unknown> }));
}
