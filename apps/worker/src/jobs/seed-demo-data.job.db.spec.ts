import {
  ConsentEntity,
  ConversationEventEntity,
  createTestDatabase,
  CustomerEntity,
  findCandidateCustomerIds,
  IdentityBlockKeyEntity,
  IdentityEntity,
  loadIdentityResolver,
  OfferEntity,
  OfferRevisionEntity,
  resolveAndLinkRecord,
  sourceRecordOfIdentity,
  testDatabaseKinds,
  TransactionEntity,
  type TestDatabase,
} from '@rapport/data-access';
import { RapportError } from '@rapport/shared-util';
import { seedDemoData } from './seed-demo-data.job';

describe.each(testDatabaseKinds())('seedDemoData on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('writes whole customers, the catalog with revisions, and reports exact counts', async () => {
    const progress: number[] = [];
    const result = await seedDemoData(
      db.dataSource,
      { customers: 300, seed: 3, asOf: new Date('2026-11-01T00:00:00Z'), chunkSize: 100 },
      (done) => progress.push(done),
    );
    const m = db.dataSource.manager;
    expect(result.customers).toBe(300);
    expect(await m.count(CustomerEntity)).toBe(300);
    expect(await m.count(IdentityEntity)).toBe(result.identities);
    expect(await m.count(TransactionEntity)).toBe(result.transactions);
    expect(await m.count(ConversationEventEntity)).toBe(result.events);
    expect(await m.count(ConsentEntity)).toBe(result.consents);
    expect(await m.count(OfferEntity)).toBe(result.offers);
    expect(await m.count(OfferRevisionEntity)).toBe(result.offers);
    expect(progress.sort((a, b) => a - b)).toEqual([100, 200, 300]);
    // Every identity belongs to a seeded customer.
    const orphans = await m
      .createQueryBuilder(IdentityEntity, 'i')
      .leftJoin(CustomerEntity, 'c', 'c.id = i.customerId')
      .where('c.id IS NULL')
      .getCount();
    expect(orphans).toBe(0);
    // Block keys for incremental resolution: a WhatsApp record's phone key finds its customer.
    expect(result.blockKeys).toBeGreaterThan(result.identities * 3);
    expect(await m.count(IdentityBlockKeyEntity)).toBe(result.blockKeys);
    const whatsapp = await m.findOneByOrFail(IdentityEntity, { source: 'whatsapp' });
    const found = await findCandidateCustomerIds(m, [`phone:${whatsapp.phoneNormalized}`], 100);
    expect(found.customerIds).toContain(whatsapp.customerId);
    const offer = await m.findOneByOrFail(OfferEntity, { code: 'CARD-GOLD' });
    expect(offer.treatments['web']).toContain('Gold');
    expect(offer.value).toBe(120);
    // On MySQL the seed drops the bulk tables' secondary indexes and rebuilds them at the end:
    // the schema must be exactly what the migrations made.
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('refuses to seed a database that already holds customers', async () => {
    await expect(
      seedDemoData(db.dataSource, { customers: 10, seed: 3, asOf: new Date('2026-11-01T00:00:00Z') }),
    ).rejects.toThrow(RapportError);
    expect(await db.dataSource.manager.count(CustomerEntity)).toBe(300);
  });

  it('stores for each seeded identity exactly the block keys resolveAndLinkRecord computes', async () => {
    const m = db.dataSource.manager;
    const { resolver } = await loadIdentityResolver(m);
    const sample = await m.find(IdentityEntity, { order: { id: 'ASC' }, take: 60 });
    expect(new Set(sample.map((i) => i.source)).size).toBeGreaterThanOrEqual(4);
    const keysOf = async (identityId: string) =>
      (await m.findBy(IdentityBlockKeyEntity, { identityId })).map((k) => k.blockKey).sort();
    for (const identity of sample) {
      // The raw record again under another source key: the resolver normalises it and stores
      // the keys it computes, which must be the seeded ones.
      const record = {
        ...sourceRecordOfIdentity(identity),
        email: identity.email,
        phone: identity.phone,
        sourceId: `${identity.sourceKey}-again`,
      };
      const linked = await db.dataSource.transaction((t) => resolveAndLinkRecord(t, record, { resolver }));
      expect(await keysOf(identity.id)).toEqual(await keysOf(linked.identityId));
    }
  });
});
