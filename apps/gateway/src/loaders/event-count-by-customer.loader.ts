import DataLoader from 'dataloader';
import { countEventsByCustomerIds, type EventCriteria } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export interface EventCountKey {
  customerId: string;
  criteria: EventCriteria;
}

export function createEventCountByCustomerLoader(manager: EntityManager) {
  const keyOf = (key: EventCountKey) => `${key.customerId}|${JSON.stringify(key.criteria)}`;
  return new DataLoader<EventCountKey, number, string>(
    async (keys) => {
      const results = new Map<string, number>();
      for (const group of groupBy(keys, (k) => JSON.stringify(k.criteria)).values()) {
        const counts = await countEventsByCustomerIds(
          manager,
          group.map((k) => k.customerId),
          group[0].criteria,
        );
        for (const key of group) results.set(keyOf(key), counts.get(key.customerId) ?? 0);
      }
      return keys.map((key) => results.get(keyOf(key)) ?? 0);
    },
    { cacheKeyFn: keyOf },
  );
}
