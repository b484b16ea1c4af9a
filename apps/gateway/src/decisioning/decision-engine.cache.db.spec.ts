import { createTestDatabase, RecommendationEntity, testDatabaseKinds, type TestDatabase } from '@rapport/data-access';
import { fixtureId, HERO_ID, seedGatewayFixtures } from '../testing/gateway-fixtures';
import { DecisionEngineCache } from './decision-engine.cache';
import { learnFromOutcome } from './learn-from-outcome';

/** A real-time recommendation of fixture offer 1 on the web, as the recorder stores them. */
const recommendation = (): RecommendationEntity =>
  Object.assign(new RecommendationEntity(), {
    id: fixtureId(80, 1),
    customerId: HERO_ID,
    offerId: fixtureId(3, 1),
    channel: 'web',
    propensity: 0.05,
  });

describe.each(testDatabaseKinds())('DecisionEngineCache on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedGatewayFixtures(db.dataSource);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('uses what another process learned at its next check, without rebuilding the engine', async () => {
    // Two gateway processes on one database: each with its own engine and propensity store.
    const here = new DecisionEngineCache(db.dataSource, 0);
    const elsewhere = new DecisionEngineCache(db.dataSource, 0);
    const before = await elsewhere.get();
    const webModel = () => before.store.posterior(fixtureId(3, 1), 'web');
    const prior = webModel();
    await here.get();

    // The other process records three acceptances and applies them to its own store.
    let learned: Awaited<ReturnType<typeof learnFromOutcome>> = [];
    for (let i = 0; i < 3; i++) {
      learned = await db.dataSource.transaction((m) => learnFromOutcome(m, recommendation(), 'accepted', new Date()));
      expect(learned.length).toBeGreaterThan(0);
      await here.absorb(learned);
    }
    const learnedHere = (await here.get()).store.posterior(fixtureId(3, 1), 'web');
    expect(learnedHere.alpha).toBeGreaterThan(prior.alpha);

    // This process reads the changed rows at its next check: the same engine, the new posterior.
    const after = await elsewhere.get();
    expect(after.engine).toBe(before.engine);
    expect(webModel()).toEqual(learnedHere);

    // An older state arriving late (absorbed after a newer read) never replaces a newer one.
    await elsewhere.absorb(learned.map(({ key, version }) => ({ key, state: {}, version: version - 1 })));
    expect(webModel()).toEqual(learnedHere);
  });
});
