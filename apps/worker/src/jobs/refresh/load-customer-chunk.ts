import {
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  DECISION_EVENT_WINDOW_DAYS,
  DECISION_INTERACTION_WINDOW_DAYS,
  findColumnsByCustomerIds,
  InteractionEntity,
  loadInSlices,
  TransactionEntity,
} from '@rapport/data-access';
import { MS_PER_DAY } from '@rapport/shared-util';
import { type EntityManager } from 'typeorm';

/** A customer's purchases: all CLV scoring needs. */
export interface CustomerPurchases {
  customer: Pick<CustomerEntity, 'id'>;
  transactions: Array<Pick<TransactionEntity, 'occurredAt' | 'amount'>>;
}

/** Everything a refresh needs about one customer, loaded set-wise for a chunk. */
export interface CustomerChunkState extends CustomerPurchases {
  customer: Pick<CustomerEntity, (typeof CUSTOMER_COLUMNS)[number]>;
  events: Array<Pick<ConversationEventEntity, (typeof EVENT_COLUMNS)[number]>>;
  interactions: Array<Pick<InteractionEntity, (typeof INTERACTION_COLUMNS)[number]>>;
  consents: Array<Pick<ConsentEntity, (typeof CONSENT_COLUMNS)[number]>>;
}

// Only the columns a decision reads: the events' summaries, agents and ids stay on the server
// (about a third less to read and hydrate per chunk).
const EVENT_COLUMNS = [
  'customerId',
  'channel',
  'direction',
  'kind',
  'topic',
  'occurredAt',
  'sentiment',
  'amount',
  'offerId',
] as const;
const INTERACTION_COLUMNS = ['customerId', 'offerId', 'channel', 'outcome', 'occurredAt'] as const;
const CONSENT_COLUMNS = ['customerId', 'channel', 'purpose', 'status'] as const;
const PURCHASE_COLUMNS = ['customerId', 'occurredAt', 'amount'] as const;
/** What scoring and toDecisionCustomer read of the customer row. */
const CUSTOMER_COLUMNS = ['id', 'clv', 'pAlive', 'expectedPurchases', 'segment', 'dateOfBirth', 'createdAt'] as const;

/**
 * Loads a chunk of customers with five set-based queries (customers, transactions, recent
 * events, recent interactions, consents) per slice of MAX_IN_LIST ids, reading only the columns
 * scoring and decisions use, as plain rows (raw SQL: TypeORM's find() cost more CPU than MySQL).
 */
export async function loadCustomerChunk(
  manager: EntityManager,
  ids: string[],
  now: Date,
): Promise<CustomerChunkState[]> {
  if (ids.length === 0) return [];
  const eventsSince = new Date(now.getTime() - DECISION_EVENT_WINDOW_DAYS * MS_PER_DAY);
  const interactionsSince = new Date(now.getTime() - DECISION_INTERACTION_WINDOW_DAYS * MS_PER_DAY);
  const [customers, transactions, events, interactions, consents] = await Promise.all([
    loadInSlices(ids, (slice) =>
      findColumnsByCustomerIds(manager, CustomerEntity, CUSTOMER_COLUMNS, slice, { key: 'id' }),
    ),
    loadInSlices(ids, (slice) => findColumnsByCustomerIds(manager, TransactionEntity, PURCHASE_COLUMNS, slice)),
    loadInSlices(ids, (slice) =>
      findColumnsByCustomerIds(manager, ConversationEventEntity, EVENT_COLUMNS, slice, {
        since: { property: 'occurredAt', from: eventsSince },
      }),
    ),
    loadInSlices(ids, (slice) =>
      findColumnsByCustomerIds(manager, InteractionEntity, INTERACTION_COLUMNS, slice, {
        since: { property: 'occurredAt', from: interactionsSince },
      }),
    ),
    loadInSlices(ids, (slice) => findColumnsByCustomerIds(manager, ConsentEntity, CONSENT_COLUMNS, slice)),
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

/**
 * Only the purchases of a chunk (one query): what fitting and scoring CLV need, without the
 * events, interactions and consents a decision needs.
 */
export async function loadCustomerPurchases(manager: EntityManager, ids: string[]): Promise<CustomerPurchases[]> {
  if (ids.length === 0) return [];
  const transactions = await loadInSlices(ids, (slice) =>
    findColumnsByCustomerIds(manager, TransactionEntity, PURCHASE_COLUMNS, slice),
  );
  const byId = new Map<string, CustomerPurchases>(ids.map((id) => [id, { customer: { id }, transactions: [] }]));
  for (const t of transactions) byId.get(t.customerId)?.transactions.push(t);
  return [...byId.values()];
}
