import DataLoader from 'dataloader';
import {
  countTransactionsByCustomerIds,
  findTransactionsByCustomerIds,
  type TransactionEntity,
} from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export interface TransactionsPageKey {
  customerId: string;
  offset: number;
  limit: number;
}

export function createTransactionsPageByCustomerLoader(manager: EntityManager) {
  const keyOf = (key: TransactionsPageKey) => `${key.customerId}|${key.offset}|${key.limit}`;
  return new DataLoader<TransactionsPageKey, TransactionEntity[], string>(
    async (keys) => {
      const results = new Map<string, TransactionEntity[]>();
      for (const group of groupBy(keys, (k) => `${k.offset}|${k.limit}`).values()) {
        const pages = await findTransactionsByCustomerIds(
          manager,
          group.map((k) => k.customerId),
          group[0].offset,
          group[0].limit,
        );
        for (const key of group) results.set(keyOf(key), pages.get(key.customerId) ?? []);
      }
      return keys.map((key) => results.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}

export function createTransactionCountByCustomerLoader(manager: EntityManager) {
  return new DataLoader<string, number>(async (customerIds) => {
    const counts = await countTransactionsByCustomerIds(manager, customerIds);
    return customerIds.map((id) => counts.get(id) ?? 0);
  });
}
