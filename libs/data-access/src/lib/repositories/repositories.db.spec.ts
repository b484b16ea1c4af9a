import { bulkInsert } from '../bulk-insert';
import { ConversationEventEntity, CustomerEntity, OfferEntity } from '../entities';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-database';
import { sampleEntities } from '../testing/sample-entities';
import { countEventsByCustomerIds, findLatestEventsByCustomerIds } from './conversation-event.repository';
import { findCustomerIdsByIdentifier, findCustomersByIds, searchCustomers } from './customer.repository';
import { updateOfferIfVersion } from './offer.repository';
import { findColumnsByCustomerIds, isUniqueViolation } from './sql-helpers';
import { MoreThanOrEqual } from 'typeorm';

describe.each(testDatabaseKinds())('repositories on %s', (kind) => {
  let db: TestDatabase;
  const { customer, event, offer, identity } = sampleEntities();
  const second = Object.assign(new CustomerEntity(), {
    ...customer,
    id: '00000000-0000-4000-8000-0000000000c2',
    email: 'b@example.com',
    lastName: 'Bee',
  });
  const eventsOf = (customerId: string, count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) =>
      Object.assign(new ConversationEventEntity(), {
        ...event,
        id: `${prefix}-${String(i).padStart(4, '0')}`,
        customerId,
        externalId: `${prefix}-${i}`,
        channel: i % 2 ? 'web' : 'email',
        occurredAt: new Date(Date.UTC(2026, 0, 1 + i)),
      }),
    );

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.dataSource.manager.save([customer, second, identity, offer]);
    await bulkInsert(db.dataSource.manager, ConversationEventEntity, [
      ...eventsOf(customer.id, 7, 'a'),
      ...eventsOf(second.id, 4, 'b'),
    ]);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('reads rows back exactly like find() does (dates, decimals, JSON, unicode)', async () => {
    const [raw] = await findCustomersByIds(db.dataSource.manager, [customer.id]);
    expect({ ...raw }).toEqual({
      ...(await db.dataSource.manager.findOneByOrFail(CustomerEntity, { id: customer.id })),
    });
  });

  it('reads chosen columns of several customers like find() does, optionally since a time', async () => {
    const manager = db.dataSource.manager;
    const columns = ['customerId', 'channel', 'occurredAt', 'sentiment', 'amount'] as const;
    const since = new Date(Date.UTC(2026, 0, 3));
    const rows = await findColumnsByCustomerIds(manager, ConversationEventEntity, columns, [customer.id, second.id], {
      since: { property: 'occurredAt', from: since },
    });
    const expected = await manager.find(ConversationEventEntity, {
      select: { customerId: true, channel: true, occurredAt: true, sentiment: true, amount: true },
      where: [
        { customerId: customer.id, occurredAt: MoreThanOrEqual(since) },
        { customerId: second.id, occurredAt: MoreThanOrEqual(since) },
      ],
    });
    const byTime = (a: { occurredAt: Date; customerId: string }, b: { occurredAt: Date; customerId: string }) =>
      a.occurredAt.getTime() - b.occurredAt.getTime() || a.customerId.localeCompare(b.customerId);
    expect(rows.length).toBe(7 + 4 - 2 - 2);
    expect(rows[0].occurredAt).toBeInstanceOf(Date);
    expect([...rows].sort(byTime)).toEqual(expected.map((e) => ({ ...e })).sort(byTime));
  });

  it('pages the newest events of several customers in one statement, with a keyset cursor', async () => {
    const manager = db.dataSource.manager;
    const pages = await findLatestEventsByCustomerIds(manager, [customer.id, second.id], {}, null, 3);
    expect(pages.get(customer.id)!.map((e) => e.id)).toEqual(['a-0006', 'a-0005', 'a-0004']);
    expect(pages.get(second.id)!.map((e) => e.id)).toEqual(['b-0003', 'b-0002', 'b-0001']);
    const last = pages.get(customer.id)![2];
    const next = await findLatestEventsByCustomerIds(
      manager,
      [customer.id],
      { channels: ['email'] },
      { occurredAt: last.occurredAt, id: last.id },
      10,
    );
    expect(next.get(customer.id)!.map((e) => e.id)).toEqual(['a-0002', 'a-0000']);
    const counts = await countEventsByCustomerIds(manager, [customer.id, second.id, 'nobody'], {
      from: new Date(Date.UTC(2026, 0, 3)),
    });
    expect([...counts.entries()]).toEqual([
      [customer.id, 5],
      [second.id, 2],
      ['nobody', 0],
    ]);
  });

  it('searches customers by name prefix, email and value, and finds them by identifier', async () => {
    const manager = db.dataSource.manager;
    const ids = async (criteria: Parameters<typeof searchCustomers>[1]) =>
      (await searchCustomers(manager, criteria, 'last_name_asc', 0, 10)).map((c) => c.id);
    expect(await ids({ nameWords: ['bee'] })).toEqual([second.id]);
    expect(await ids({ nameWords: ['50%'] })).toEqual([]);
    expect(await ids({ email: customer.email })).toEqual([customer.id]);
    expect(await ids({ minValue: 1000, maxValue: 2000 })).toEqual([second.id, customer.id]);
    expect(await findCustomerIdsByIdentifier(manager, { kind: 'phone', value: customer.phone! })).toEqual([
      customer.id,
      second.id,
    ]);
    expect(
      await findCustomerIdsByIdentifier(manager, {
        kind: 'source_key',
        source: identity.source,
        value: identity.sourceKey,
      }),
    ).toEqual([customer.id]);
  });

  it('updates an offer only at the expected version', async () => {
    const manager = db.dataSource.manager;
    expect(await updateOfferIfVersion(manager, offer.id, offer.version, { name: 'Renamed', channels: ['web'] })).toBe(
      true,
    );
    expect(await updateOfferIfVersion(manager, offer.id, offer.version, { name: 'Lost' })).toBe(false);
    const stored = await manager.findOneByOrFail(OfferEntity, { id: offer.id });
    expect([stored.name, stored.version, stored.channels]).toEqual(['Renamed', offer.version + 1, ['web']]);
  });

  it('recognises a unique-key violation on either driver', async () => {
    const error = await bulkInsert(db.dataSource.manager, ConversationEventEntity, eventsOf(customer.id, 1, 'a')).catch(
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });
});
