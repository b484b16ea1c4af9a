import DataLoader from 'dataloader';
import {
  type ConversationEventEntity,
  type EventCriteria,
  type EventCursor,
  findLatestEventsByCustomerIds,
} from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export interface EventsPageKey {
  customerId: string;
  criteria: EventCriteria;
  cursor: EventCursor | null;
  /** Rows to fetch (page size + 1 to learn hasNextPage). */
  limit: number;
}

/** What makes two page requests shareable in one statement: everything but the customer. */
function signature(key: EventsPageKey): string {
  return JSON.stringify([key.criteria, key.cursor, key.limit]);
}

/** One statement per distinct (filter, cursor, size) among the customers asked for in a tick. */
export function createEventsPageByCustomerLoader(manager: EntityManager) {
  return new DataLoader<EventsPageKey, ConversationEventEntity[], string>(
    async (keys) => {
      const results = new Map<string, ConversationEventEntity[]>();
      for (const group of groupBy(keys, signature).values()) {
        const { criteria, cursor, limit } = group[0];
        const pages = await findLatestEventsByCustomerIds(
          manager,
          group.map((k) => k.customerId),
          criteria,
          cursor,
          limit,
        );
        for (const key of group) results.set(`${key.customerId}|${signature(key)}`, pages.get(key.customerId) ?? []);
      }
      return keys.map((key) => results.get(`${key.customerId}|${signature(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.customerId}|${signature(key)}` },
  );
}
