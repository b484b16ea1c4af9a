import {
  BatchDecisionEntity,
  ConsentEntity,
  ConversationEventEntity,
  createTestDatabase,
  CustomerEntity,
  InteractionEntity,
  loadDecisionEngine,
  testDatabaseKinds,
  toConsentRecords,
  toDecisionCustomer,
  toInteractionRecords,
  type TestDatabase,
  unpackBatchDecisions,
} from '@rapport/data-access';
import { MS_PER_DAY, SeededRandom } from '@rapport/shared-util';
import { MoreThanOrEqual } from 'typeorm';
import { seedDemoData } from '../seed-demo-data.job';
import { DEFAULT_REFRESH_PARAMS } from './refresh-params';
import { createRefreshRun, ensurePopulationFit, executeRefreshRun } from './refresh.job';

const NOW = new Date('2026-11-01T12:00:00.000Z');

describe.each(testDatabaseKinds())('refresh equals the engine called directly, on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemoData(db.dataSource, { customers: 120, seed: 17, asOf: new Date('2026-11-01T00:00:00Z') });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('stores, for every customer and channel, exactly the ranked offers the engine returns for them', async () => {
    const channels = DEFAULT_REFRESH_PARAMS.channels;
    const fit = await ensurePopulationFit(db.dataSource, NOW, true);
    const before = new Map((await db.dataSource.manager.find(CustomerEntity)).map((c) => [c.id, c]));

    // The batch run, with a seeded engine.
    const batchEngine = await loadDecisionEngine(db.dataSource.manager, { random: new SeededRandom(99) });
    const run = await createRefreshRun(db.dataSource, {
      ...DEFAULT_REFRESH_PARAMS,
      now: NOW.toISOString(),
      chunkSize: 40,
    });
    const outcome = await executeRefreshRun(db.dataSource, run, {}, { fit, engine: batchEngine });
    expect(outcome.status).toBe('completed');

    // The same engine (same seed), called directly for each customer in id order, with state
    // loaded independently of the refresh's chunk loader.
    const directEngine = await loadDecisionEngine(db.dataSource.manager, { random: new SeededRandom(99) });
    const customers = await db.dataSource.manager.find(CustomerEntity, { order: { id: 'ASC' } });
    let compared = 0;
    for (const customer of customers) {
      const m = db.dataSource.manager;
      const events = await m.find(ConversationEventEntity, {
        where: { customerId: customer.id, occurredAt: MoreThanOrEqual(new Date(NOW.getTime() - 180 * MS_PER_DAY)) },
      });
      const interactions = await m.find(InteractionEntity, {
        where: { customerId: customer.id, occurredAt: MoreThanOrEqual(new Date(NOW.getTime() - 90 * MS_PER_DAY)) },
      });
      const consents = await m.find(ConsentEntity, { where: { customerId: customer.id } });
      for (const channel of channels) {
        const decision = directEngine.decide({
          decisionId: 'direct',
          customer: toDecisionCustomer(customer, NOW, { pAlivePrevious: before.get(customer.id)?.pAlive ?? null }),
          channel,
          direction: 'outbound',
          now: NOW,
          limit: DEFAULT_REFRESH_PARAMS.topN,
          events,
          interactions: toInteractionRecords(interactions),
          consents: toConsentRecords(consents),
          explain: false,
        });
        const stored = unpackBatchDecisions(
          await m.findOneByOrFail(BatchDecisionEntity, { customerId: customer.id }),
          channel,
        );
        expect(stored.map((r) => [r.offerId, r.rank])).toEqual(
          decision.recommendations.map((r) => [r.offerId, r.rank]),
        );
        stored.forEach((r, i) => {
          const direct = decision.recommendations[i];
          expect(r.priority).toBeCloseTo(direct.priority, 9);
          expect([r.propensity, r.contextWeight, r.value, r.lever, r.control]).toEqual([
            direct.propensity,
            direct.contextWeight,
            direct.value,
            direct.lever,
            direct.control,
          ]);
          expect(r.reasons).toEqual(direct.reasons);
        });
        compared += stored.length;
      }
    }
    expect(compared).toBeGreaterThan(120);
  });
});
