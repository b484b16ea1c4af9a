import { type EntityManager } from 'typeorm';
import { bulkInsert } from '../bulk-insert';
import {
  ALL_ENTITIES,
  BatchDecisionEntity,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  IdentityBlockKeyEntity,
  IdentityEntity,
  IdentityLinkEventEntity,
  InteractionEntity,
  RecommendationEntity,
  TransactionEntity,
} from '../entities';
import { upsertBatchDecisions } from '../repositories/batch-decision.repository';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-database';
import { identityBlockKeyRows } from './identity-block-key-rows';
import { mergeCustomers } from './merge-customers';
import { splitIdentity } from './split-identity';
import { undoLinkEvent } from './undo-link-event';

const at = (iso: string) => new Date(iso);
const id = (prefix: string, n: number) =>
  `00000000-0000-4000-8000-${prefix}${String(n).padStart(12 - prefix.length, '0')}`;

/** A customer with a CRM and a WhatsApp identity, a timeline, purchases, consents and offers. */
function customerFixture(n: number, consentAt: string) {
  const customerId = id('c', n);
  const customer: CustomerEntity = Object.assign(new CustomerEntity(), {
    id: customerId,
    firstName: `Ann${n}`,
    lastName: 'Lee',
    email: `ann${n}@example.com`,
    phone: `+4477009000${n}`,
    dateOfBirth: '1980-03-0' + n,
    addressLine: `${n} High Street`,
    postcode: 'AB1 2CD',
    city: 'Leeds',
    segment: 'loyal',
    clv: 100.25 * n,
    pAlive: 0.5,
    expectedPurchases: 1.5,
    expectedSpend: 20.5,
    valueUpdatedAt: at('2026-01-02T03:04:05.678Z'),
    erasedAt: null,
    version: 3,
    createdAt: at('2025-01-01T00:00:00.001Z'),
    updatedAt: at('2026-01-01T00:00:00.002Z'),
  });
  const base = {
    customerId,
    email: null,
    emailNormalized: null,
    phone: null,
    phoneNormalized: null,
    dateOfBirth: null,
    addressLine: null,
    postcode: null,
    city: null,
    attributes: null,
    createdAt: at('2025-02-01T00:00:00.000Z'),
    updatedAt: at('2025-02-01T00:00:00.000Z'),
  };
  const identities: IdentityEntity[] = [
    {
      ...base,
      id: id('i', n * 10 + 1),
      source: 'crm',
      sourceKey: `CRM-${n}`,
      firstName: `Ann${n}`,
      lastName: 'Lee',
      email: `Ann${n}@Example.com`,
      emailNormalized: `ann${n}@example.com`,
      dateOfBirth: customer.dateOfBirth,
      addressLine: customer.addressLine,
      postcode: 'AB1 2CD',
      city: 'Leeds',
      matchEvidence: { score: null, method: 'new' },
    },
    {
      ...base,
      id: id('i', n * 10 + 2),
      source: 'whatsapp',
      sourceKey: `WA-${n}`,
      firstName: `Ann${n}`,
      lastName: null,
      phone: `07700 9000${n}`,
      phoneNormalized: `+4477009000${n}`,
      attributes: { identifiers: { wa: `x${n}` } },
      matchEvidence: {
        score: 12.5,
        method: 'probabilistic',
        comparisons: { firstName: { level: 'exact', weight: 3.1 } },
      },
    },
  ];
  const event = (k: number, identityId: string | null): ConversationEventEntity => ({
    id: id('e', n * 10 + k),
    customerId,
    identityId,
    source: 'test',
    externalId: `ev-${n}-${k}`,
    channel: 'web',
    direction: 'inbound',
    kind: 'message',
    topic: null,
    occurredAt: at(`2026-01-0${k}T10:00:00.123Z`),
    summary: `event ${k}`,
    sentiment: 0.25,
    amount: k === 1 ? 12.34 : null,
    agent: null,
    offerId: null,
    recommendationId: null,
    createdAt: at(`2026-01-0${k}T10:00:01.000Z`),
  });
  return {
    customer,
    identities,
    blockKeys: identityBlockKeyRows(identities),
    events: [event(1, identities[0].id), event(2, identities[1].id), event(3, null)],
    transactions: [
      {
        id: id('t', n),
        customerId,
        source: 'pos',
        externalId: `tx-${n}`,
        occurredAt: at('2026-01-05T00:00:00.000Z'),
        amount: 19.99,
        currency: 'GBP',
        channel: 'store',
      },
    ] as TransactionEntity[],
    consents: [
      {
        id: id('k', n * 10 + 1),
        customerId,
        channel: 'email',
        purpose: 'marketing',
        status: n % 2 ? 'granted' : 'denied',
        source: 'crm',
        updatedAt: at(consentAt),
      },
      {
        id: id('k', n * 10 + 2),
        customerId,
        channel: `sms${n}`,
        purpose: 'marketing',
        status: 'granted',
        source: 'crm',
        updatedAt: at(consentAt),
      },
    ] as ConsentEntity[],
    recommendations: [
      {
        id: id('r', n),
        customerId,
        offerId: id('o', 1),
        channel: 'web',
        decisionId: id('d', n),
        rank: 1,
        priority: 0.5,
        propensity: 0.1,
        contextWeight: 1,
        value: 10,
        lever: 1,
        reasons: ['because'],
        modelVersion: 'm1',
        source: 'batch',
        batchRunId: null,
        control: false,
        generatedAt: at('2026-01-06T00:00:00.000Z'),
        expiresAt: null,
        outcome: null,
        outcomeAt: null,
      },
    ] as RecommendationEntity[],
    interactions: [
      {
        id: id('x', n),
        customerId,
        offerId: id('o', 1),
        recommendationId: id('r', n),
        channel: 'web',
        outcome: 'impression',
        occurredAt: at('2026-01-06T00:00:01.000Z'),
        propensity: 0.1,
        selectionProbability: 0.9,
        idempotencyKey: `ik-${n}`,
      },
    ] as InteractionEntity[],
  };
}

/** Every row of every table, in primary-key order: the whole database state. */
async function dumpDatabase(manager: EntityManager): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const entity of ALL_ENTITIES) {
    const metadata = manager.connection.getMetadata(entity);
    const order = metadata.primaryColumns.map((c) => manager.connection.driver.escape(c.databaseName)).join(', ');
    dump[metadata.tableName] = await manager.query(
      `SELECT * FROM ${manager.connection.driver.escape(metadata.tableName)} ORDER BY ${order}`,
    );
  }
  return dump;
}

describe.each(testDatabaseKinds())('mergeCustomers, splitIdentity and undoLinkEvent on %s', (kind) => {
  let db: TestDatabase;
  const a = customerFixture(1, '2026-02-01T00:00:00.000Z');
  const b = customerFixture(2, '2026-01-01T00:00:00.000Z');
  const c = customerFixture(3, '2026-01-01T00:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.dataSource.transaction(async (manager) => {
      for (const f of [a, b, c]) {
        await bulkInsert(manager, CustomerEntity, [f.customer]);
        await bulkInsert(manager, IdentityEntity, f.identities);
        await bulkInsert(manager, IdentityBlockKeyEntity, f.blockKeys);
        await bulkInsert(manager, ConversationEventEntity, f.events);
        await bulkInsert(manager, TransactionEntity, f.transactions);
        await bulkInsert(manager, ConsentEntity, f.consents);
        await bulkInsert(manager, RecommendationEntity, f.recommendations);
        await bulkInsert(manager, InteractionEntity, f.interactions);
      }
    });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('merges a customer with everything keyed by it, and its undo restores every table exactly', async () => {
    const before = await dumpDatabase(db.dataSource.manager);
    // Both customers' batch decisions were made without the other's history: the merge drops them
    // (derived data the next refresh recomputes, so the undo does not bring them back either).
    await upsertBatchDecisions(
      db.dataSource.manager,
      [a, b].map(({ customer }, n) =>
        Object.assign(new BatchDecisionEntity(), {
          customerId: customer.id,
          id: `00000000-0000-4000-8000-0000000f${n}000`,
          batchRunId: null,
          modelVersion: 'v1',
          generatedAt: new Date('2026-01-01T00:00:00Z'),
          expiresAt: new Date('2026-01-08T00:00:00Z'),
          decisions: { reasons: [], channels: [{ channel: 'email', ranked: [] }] },
        }),
      ),
    );
    const event = await db.dataSource.transaction((m) =>
      mergeCustomers(m, a.customer.id, b.customer.id, 'admin@test', { reason: 'same person' }),
    );
    const m = db.dataSource.manager;
    expect(await m.count(BatchDecisionEntity)).toBe(0);
    expect(await m.countBy(CustomerEntity, { id: a.customer.id })).toBe(0);
    expect(await m.countBy(IdentityEntity, { customerId: b.customer.id })).toBe(4);
    expect(await m.countBy(IdentityBlockKeyEntity, { customerId: a.customer.id })).toBe(0);
    for (const target of [
      ConversationEventEntity,
      TransactionEntity,
      RecommendationEntity,
      InteractionEntity,
      ConsentEntity,
    ]) {
      expect(await m.countBy(target, { customerId: a.customer.id })).toBe(0);
    }
    expect(await m.countBy(ConversationEventEntity, { customerId: b.customer.id })).toBe(6);
    // One email/marketing consent survives: a's, the more recent decision.
    const emailConsents = await m.findBy(ConsentEntity, { customerId: b.customer.id, channel: 'email' });
    expect(emailConsents.map((x) => x.id)).toEqual([a.consents[0].id]);
    const merged = await m.findOneByOrFail(CustomerEntity, { id: b.customer.id });
    expect(merged.version).toBe(4);
    // Survivorship: both CRM records are equally recent, so the smaller identity id wins.
    expect(merged.email).toBe('ann1@example.com');
    expect(event.identityIds.sort()).toEqual(a.identities.map((i) => i.id).sort());
    expect(await m.countBy(CustomerEntity, { id: c.customer.id })).toBe(1);

    await db.dataSource.transaction((tx) => undoLinkEvent(tx, event.id, 'admin@test'));
    const after = await dumpDatabase(m);
    const stored = await m.findOneByOrFail(IdentityLinkEventEntity, { id: event.id });
    expect(stored.undoneAt).toBeInstanceOf(Date);
    expect({ ...after, identity_link_events: [] }).toEqual({ ...before, identity_link_events: [] });
    await expect(db.dataSource.transaction((tx) => undoLinkEvent(tx, event.id, 'admin@test'))).rejects.toThrow(
      /already undone/,
    );
  });

  it('splits an identity off with its timeline, and its undo restores every table exactly', async () => {
    const before = await dumpDatabase(db.dataSource.manager);
    const whatsapp = c.identities[1];
    const event = await db.dataSource.transaction((m) => splitIdentity(m, whatsapp.id, 'admin@test'));
    const m = db.dataSource.manager;
    const moved = await m.findOneByOrFail(IdentityEntity, { id: whatsapp.id });
    expect(moved.customerId).toBe(event.toCustomerId);
    expect(moved.matchEvidence).toEqual({ score: null, method: 'manual' });
    const timeline = await m.findBy(ConversationEventEntity, { customerId: event.toCustomerId });
    expect(timeline.map((e) => e.id)).toEqual([c.events[1].id]);
    expect(await m.countBy(ConversationEventEntity, { customerId: c.customer.id })).toBe(2);
    expect(await m.countBy(IdentityBlockKeyEntity, { customerId: event.toCustomerId })).toBeGreaterThan(0);
    const created = await m.findOneByOrFail(CustomerEntity, { id: event.toCustomerId });
    expect(created.phone).toBe('+44770090003');
    const old = await m.findOneByOrFail(CustomerEntity, { id: c.customer.id });
    expect(old.phone).toBeNull();
    // Purchases belong to the person the customer was: they stay.
    expect(await m.countBy(TransactionEntity, { customerId: c.customer.id })).toBe(1);

    await db.dataSource.transaction((tx) => undoLinkEvent(tx, event.id, 'admin@test'));
    const after = await dumpDatabase(m);
    expect({ ...after, identity_link_events: [] }).toEqual({ ...before, identity_link_events: [] });
  });

  it("refuses to split a customer's only identity and to merge a customer into itself", async () => {
    const m = db.dataSource.manager;
    const lonely = await db.dataSource.transaction((tx) => splitIdentity(tx, c.identities[1].id, 'admin@test'));
    await expect(
      db.dataSource.transaction((tx) => splitIdentity(tx, c.identities[1].id, 'admin@test')),
    ).rejects.toThrow(/only identity/);
    await expect(
      db.dataSource.transaction((tx) => mergeCustomers(tx, b.customer.id, b.customer.id, 'admin@test')),
    ).rejects.toThrow(/itself/);
    await db.dataSource.transaction((tx) => undoLinkEvent(tx, lonely.id, 'admin@test'));
    expect(await m.countBy(CustomerEntity, {})).toBe(3);
  });
});
