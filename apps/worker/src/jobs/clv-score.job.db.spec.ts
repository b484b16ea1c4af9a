import {
  createTestDatabase,
  CustomerEntity,
  ModelStateEntity,
  testDatabaseKinds,
  type TestDatabase,
} from '@rapport/data-access';
import { scoreAllCustomers } from './clv-score.job';
import { POPULATION_FIT_KEY } from './refresh/population-fit';
import { seedDemoData } from './seed-demo-data.job';

describe.each(testDatabaseKinds())('clv score on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemoData(db.dataSource, { customers: 400, seed: 21, asOf: new Date('2026-11-01T00:00:00Z') });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('fits the population once, stores it, and writes sane figures and a segment for every customer', async () => {
    const progress: number[] = [];
    const result = await scoreAllCustomers(db.dataSource, {
      now: new Date('2026-11-01T00:00:00Z'),
      refit: true,
      chunkSize: 150,
      onProgress: (done) => progress.push(done),
    });
    expect(result.customers).toBe(400);
    expect(progress).toEqual([150, 300, 400]);
    expect(result.fit.customers).toBeGreaterThan(300);
    for (const value of [result.fit.bgNbd.r, result.fit.bgNbd.alpha, result.fit.bgNbd.a, result.fit.bgNbd.b]) {
      expect(Number.isFinite(value) && value > 0).toBe(true);
    }
    const stored = await db.dataSource.manager.findOneByOrFail(ModelStateEntity, { key: POPULATION_FIT_KEY });
    expect(stored.state['customers']).toBe(result.fit.customers);

    const customers = await db.dataSource.manager.find(CustomerEntity);
    for (const c of customers) {
      expect(c.segment).toMatch(/^(new|champions|loyal|at_risk|hibernating)$/);
      expect(c.clv).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(c.valueUpdatedAt).not.toBeNull();
    }
    expect(new Set(customers.map((c) => c.segment)).size).toBeGreaterThanOrEqual(3);
    // Champions are the valuable ones.
    const mean = (xs: CustomerEntity[]) => xs.reduce((s, c) => s + (c.clv ?? 0), 0) / Math.max(1, xs.length);
    expect(mean(customers.filter((c) => c.segment === 'champions'))).toBeGreaterThan(
      mean(customers.filter((c) => c.segment === 'hibernating')),
    );
  });
});
