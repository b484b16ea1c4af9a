import { type EntityManager } from 'typeorm';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { columnList, hydrateRows, placeholders, quote, tableName, toParameter } from './sql-helpers';

/**
 * Current (unexpired) recommendations of the given customers, optionally on one channel, newest
 * decision first and then by rank. One statement for any number of customers.
 */
export async function findCurrentRecommendationsByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
  channel: string | null,
  now: Date,
): Promise<RecommendationEntity[]> {
  if (customerIds.length === 0) return [];
  const q = (name: string) => quote(manager, name);
  const parameters: unknown[] = [...customerIds];
  let channelSql = '';
  if (channel) {
    channelSql = ` AND ${q('channel')} = ?`;
    parameters.push(channel);
  }
  parameters.push(toParameter(manager, RecommendationEntity, 'expiresAt', now));
  const rows = await manager.query(
    `SELECT ${columnList(manager, RecommendationEntity)} FROM ${tableName(manager, RecommendationEntity)}
     WHERE ${q('customerId')} IN (${placeholders(customerIds.length)})${channelSql} AND (${q('expiresAt')} IS NULL OR ${q('expiresAt')} > ?)
     ORDER BY ${q('generatedAt')} DESC, ${q('channel')}, ${q('rank')}, ${q('id')}`,
    parameters,
  );
  return hydrateRows(manager, RecommendationEntity, rows);
}

export async function findRecommendationById(manager: EntityManager, id: string): Promise<RecommendationEntity | null> {
  return manager.findOneBy(RecommendationEntity, { id });
}
