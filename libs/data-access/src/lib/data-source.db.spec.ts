import { QueryFailedError } from 'typeorm';
import { ALL_ENTITIES, CustomerEntity, IdentityEntity, OfferEntity } from './entities';
import { resolveDatabaseConfig } from './data-source';
import { bulkInsert } from './bulk-insert';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from './testing/test-database';
import { sampleEntities } from './testing/sample-entities';

describe('resolveDatabaseConfig', () => {
  it.each([
    [undefined, { kind: 'sqlite', sqlitePath: '.rapport/rapport.sqlite' }],
    ['', { kind: 'sqlite', sqlitePath: '.rapport/rapport.sqlite' }],
    ['sqlite:/tmp/x.db', { kind: 'sqlite', sqlitePath: '/tmp/x.db' }],
    ['mysql://root@127.0.0.1:3306/test', { kind: 'mysql', flavor: 'mysql', url: 'mysql://root@127.0.0.1:3306/test' }],
    ['mariadb://root@127.0.0.1/test', { kind: 'mysql', flavor: 'mariadb', url: 'mysql://root@127.0.0.1/test' }],
  ])('reads DATABASE_URL=%p', (url, expected) => {
    expect(resolveDatabaseConfig({ DATABASE_URL: url })).toEqual(expected);
  });

  it('rejects an unknown scheme with a clear message', () => {
    expect(() => resolveDatabaseConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/mysql:\/\/ or sqlite:/);
  });
});

describe.each(testDatabaseKinds())('data layer on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('migrates from empty, leaves no pending schema change, and migrates down and up again', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((m) => m.name).slice(0, 2)).toEqual(['InitialSchema1763800000000', 'BatchRunShards1763900000000']);
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);

    for (let i = 0; i < applied.length; i++) await db.dataSource.undoLastMigration();
    const tablesAfterDown = await listTables(db);
    expect(tablesAfterDown.filter((t) => t !== 'schema_migrations')).toEqual([]);

    await db.dataSource.runMigrations();
    const tables = await listTables(db);
    for (const entity of ALL_ENTITIES) {
      expect(tables).toContain(db.dataSource.getMetadata(entity).tableName);
    }
  });

  it('round-trips every entity with its dates, decimals, unicode and JSON intact', async () => {
    const samples = sampleEntities();
    for (const entity of Object.values(samples)) {
      await db.dataSource.manager.save(entity);
    }
    for (const entity of Object.values(samples)) {
      const metadata = db.dataSource.getMetadata(entity.constructor);
      const ids = metadata.getEntityIdMap(entity);
      const loaded = await db.dataSource.manager.findOneByOrFail(
        entity.constructor as typeof CustomerEntity,
        ids as never,
      );
      expect({ ...loaded }).toEqual({ ...entity });
    }
  });

  it('enforces unique source keys and offer codes', async () => {
    const { identity, offer } = sampleEntities();
    const duplicateIdentity = Object.assign(new IdentityEntity(), {
      ...identity,
      id: '00000000-0000-4000-8000-0000000000aa',
    });
    await expect(bulkInsert(db.dataSource.manager, IdentityEntity, [duplicateIdentity])).rejects.toBeInstanceOf(
      QueryFailedError,
    );
    const duplicateOffer = Object.assign(new OfferEntity(), { ...offer, id: '00000000-0000-4000-8000-0000000000ab' });
    await expect(bulkInsert(db.dataSource.manager, OfferEntity, [duplicateOffer])).rejects.toBeInstanceOf(
      QueryFailedError,
    );
  });

  it('leaves nothing behind when a transaction fails half-way', async () => {
    const before = await db.dataSource.manager.count(CustomerEntity);
    const { customer, identity } = sampleEntities();
    const fresh = Object.assign(new CustomerEntity(), { ...customer, id: '00000000-0000-4000-8000-0000000000bb' });
    await expect(
      db.dataSource.transaction(async (manager) => {
        await manager.insert(CustomerEntity, fresh);
        // Violates uq_identities_source_key: the whole transaction must roll back.
        await bulkInsert(manager, IdentityEntity, [
          { ...identity, id: '00000000-0000-4000-8000-0000000000cc', customerId: fresh.id },
        ]);
      }),
    ).rejects.toBeInstanceOf(QueryFailedError);
    expect(await db.dataSource.manager.count(CustomerEntity)).toBe(before);
    expect(await db.dataSource.manager.findOneBy(CustomerEntity, { id: fresh.id })).toBeNull();
  });
});

async function listTables(db: TestDatabase): Promise<string[]> {
  const rows: Array<Record<string, string>> =
    db.kind === 'mysql'
      ? await db.dataSource.query(
          'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
        )
      : await db.dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return rows.map((r) => r['name'] ?? r['NAME']).sort();
}

describe.each(testDatabaseKinds())('bulkInsert on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('reports how many rows it inserted and skips duplicates when asked', async () => {
    const { offer } = sampleEntities();
    const rows = [0, 1, 2].map((i) => ({ ...offer, id: `00000000-0000-4000-8000-00000000010${i}`, code: `BULK-${i}` }));
    expect(await bulkInsert(db.dataSource.manager, OfferEntity, rows)).toBe(3);
    const again = [...rows, { ...offer, id: '00000000-0000-4000-8000-000000000109', code: 'BULK-9' }];
    await expect(bulkInsert(db.dataSource.manager, OfferEntity, again)).rejects.toBeInstanceOf(QueryFailedError);
    expect(await bulkInsert(db.dataSource.manager, OfferEntity, again, { ignoreDuplicates: true })).toBe(1);
    expect(await db.dataSource.manager.count(OfferEntity)).toBe(4);
  });
});
