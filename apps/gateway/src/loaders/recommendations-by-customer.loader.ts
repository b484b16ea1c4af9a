import DataLoader from 'dataloader';
import { findCurrentRecommendationsByCustomerIds, type RecommendationEntity } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export interface RecommendationsKey {
  customerId: string;
  channel: string | null;
}

/** Current recommendations per customer (and channel), one statement per channel asked for. */
export function createRecommendationsByCustomerLoader(manager: EntityManager, now: Date) {
  const keyOf = (key: RecommendationsKey) => `${key.customerId}|${key.channel ?? ''}`;
  return new DataLoader<RecommendationsKey, RecommendationEntity[], string>(
    async (keys) => {
      const results = new Map<string, RecommendationEntity[]>();
      for (const group of groupBy(keys, (k) => k.channel ?? '').values()) {
        const channel = group[0].channel;
        const rows = await findCurrentRecommendationsByCustomerIds(
          manager,
          group.map((k) => k.customerId),
          channel,
          now,
        );
        const byCustomer = groupBy(rows, (r) => r.customerId);
        for (const key of group) results.set(keyOf(key), byCustomer.get(key.customerId) ?? []);
      }
      return keys.map((key) => results.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}
