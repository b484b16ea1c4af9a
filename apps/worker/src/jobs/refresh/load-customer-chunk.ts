import {
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  InteractionEntity,
  TransactionEntity,
} from '@rapport/data-access';
import { MS_PER_DAY } from '@rapport/shared-util';
import { In, MoreThanOrEqual, type EntityManager } from 'typeorm';

/** History windows loaded per customer: long enough for every contact-policy window. */
export const EVENT_WINDOW_DAYS = 180;
export const INTERACTION_WINDOW_DAYS = 90;

/** Everything a refresh needs about one customer, loaded set-wise for a chunk. */
export interface CustomerChunkState {
  customer: CustomerEntity;
  transactions: Array<Pick<TransactionEntity, 'occurredAt' | 'amount'>>;
  events: ConversationEventEntity[];
  interactions: InteractionEntity[];
  consents: ConsentEntity[];
}

/**
 * Loads a chunk of customers with five set-based queries (customers, transactions, recent
 * events, recent interactions, consents), whatever the chunk size.
 */
export async function loadCustomerChunk(
  manager: EntityManager,
  ids: string[],
  now: Date,
): Promise<CustomerChunkState[]> {
  if (ids.length === 0) return [];
  const eventsSince = new Date(now.getTime() - EVENT_WINDOW_DAYS * MS_PER_DAY);
  const interactionsSince = new Date(now.getTime() - INTERACTION_WINDOW_DAYS * MS_PER_DAY);
  const [customers, transactions, events, interactions, consents] = await Promise.all([
    manager.find(CustomerEntity, { where: { id: In(ids) } }),
    manager.find(TransactionEntity, {
      select: { customerId: true, occurredAt: true, amount: true },
      where: { customerId: In(ids) },
    }),
    manager.find(ConversationEventEntity, { where: { customerId: In(ids), occurredAt: MoreThanOrEqual(eventsSince) } }),
    manager.find(InteractionEntity, { where: { customerId: In(ids), occurredAt: MoreThanOrEqual(interactionsSince) } }),
    manager.find(ConsentEntity, { where: { customerId: In(ids) } }),
  ]);
  const byId = new Map<string, CustomerChunkState>();
  for (const customer of customers)
    byId.set(customer.id, { customer, transactions: [], events: [], interactions: [], consents: [] });
  for (const t of transactions) byId.get(t.customerId)?.transactions.push(t);
  for (const e of events) byId.get(e.customerId)?.events.push(e);
  for (const i of interactions) byId.get(i.customerId)?.interactions.push(i);
  for (const c of consents) byId.get(c.customerId)?.consents.push(c);
  // Keep the keyset order of the ids (find() with IN does not promise one).
  return ids.map((id) => byId.get(id)).filter((s): s is CustomerChunkState => s !== undefined);
}
