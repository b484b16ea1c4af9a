import {
  createTestDatabase,
  InteractionEntity,
  RecommendationEntity,
  StatementCounter,
  testDatabaseKinds,
  type TestDatabase,
} from '@rapport/data-access';
import { fixtureId, HERO_ID, seedGatewayFixtures } from '../testing/gateway-fixtures';
import { DecisionRecorder, type DecisionRows } from './decision-recorder';

/** One decision's rows: a recommendation with id `n` and its impression. */
function decisionRows(n: number): DecisionRows {
  const id = fixtureId(70, n);
  const now = new Date();
  return {
    recommendations: [
      {
        id,
        customerId: HERO_ID,
        offerId: fixtureId(3, 1),
        channel: 'web',
        decisionId: fixtureId(71, n),
        rank: 1,
        priority: 1,
        propensity: 0.1,
        contextWeight: 1,
        value: 10,
        lever: 1,
        reasons: ['test'],
        modelVersion: 'test',
        source: 'realtime',
        batchRunId: null,
        control: false,
        generatedAt: now,
        expiresAt: null,
        outcome: null,
        outcomeAt: null,
      },
    ],
    impressions: [
      {
        id: fixtureId(72, n),
        customerId: HERO_ID,
        offerId: fixtureId(3, 1),
        recommendationId: id,
        channel: 'web',
        outcome: 'impression',
        occurredAt: now,
        propensity: 0.1,
        selectionProbability: 1,
        idempotencyKey: `${id}:impression`,
      },
    ],
  };
}

describe.each(testDatabaseKinds())('DecisionRecorder on %s', (kind) => {
  let db: TestDatabase;
  const counter = new StatementCounter();
  beforeAll(async () => {
    db = await createTestDatabase(kind, { logger: counter });
    await seedGatewayFixtures(db.dataSource);
  });
  const recorders: DecisionRecorder[] = [];
  const newRecorder = (): DecisionRecorder => {
    const recorder = new DecisionRecorder(db.dataSource);
    recorders.push(recorder);
    return recorder;
  };
  afterAll(async () => {
    for (const recorder of recorders) await recorder.close();
    await db?.dispose();
  });

  it('writes concurrent decisions in shared transactions, each settled once committed', async () => {
    const recorder = newRecorder();
    counter.start();
    const committed: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        await recorder.record(decisionRows(n));
        // Settled only after its rows are visible to everyone.
        expect(await db.dataSource.manager.countBy(RecommendationEntity, { id: fixtureId(70, n) })).toBe(1);
        committed.push(n);
      }),
    );
    const transactions = counter.stop().filter((s) => /^(START TRANSACTION|BEGIN)/i.test(s));
    expect(committed.sort()).toEqual([1, 2, 3, 4, 5]);
    // The first goes at once; the four arriving while it is written share the next transaction.
    expect(transactions).toHaveLength(2);
    expect(await db.dataSource.manager.countBy(InteractionEntity, { outcome: 'impression', customerId: HERO_ID })).toBe(
      5,
    );
  });

  it('fails only the decision that cannot be written when it shared a transaction', async () => {
    const recorder = newRecorder();
    const results = await Promise.allSettled([
      recorder.record(decisionRows(10)),
      recorder.record(decisionRows(11)),
      recorder.record(decisionRows(1)), // already stored: duplicate key
      recorder.record(decisionRows(12)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    for (const n of [10, 11, 12])
      expect(await db.dataSource.manager.countBy(RecommendationEntity, { id: fixtureId(70, n) })).toBe(1);
  });
});
