import {
  bulkInsert,
  createTestDatabase,
  measureRealtimeLift,
  ModelStateEntity,
  RecommendationEntity,
  testDatabaseKinds,
  type TestDatabase,
} from '@rapport/data-access';
import { PropensityStore } from '@rapport/decisioning';
import { uuidV7 } from '@rapport/shared-util';
import { buildModelsReport, type ModelsReportOptions } from './build-models-report';
import { formatModelsReport } from './format-models-report';

const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const OPTIONS: ModelsReportOptions = {
  days: 30,
  now: NOW,
  channel: null,
  offerId: null,
  top: 20,
  minEvidence: 1,
  confidence: 0.95,
};

/** A real-time recommendation row as the gateway stores one (UUIDv7 id of its time). */
function recommendation(generatedAt: Date, control: boolean, outcome: string | null): Partial<RecommendationEntity> {
  return {
    id: uuidV7(generatedAt.getTime()),
    customerId: '00000001-0000-4000-8000-000000000001',
    offerId: 'offer-a',
    channel: 'web',
    decisionId: uuidV7(generatedAt.getTime()),
    rank: 1,
    priority: 1,
    propensity: 0.1,
    contextWeight: 1,
    value: 10,
    lever: 1,
    reasons: [],
    modelVersion: 'test',
    source: 'realtime',
    batchRunId: null,
    control,
    generatedAt,
    expiresAt: new Date(generatedAt.getTime() + DAY),
    outcome: outcome as RecommendationEntity['outcome'],
    outcomeAt: outcome ? generatedAt : null,
  };
}

describe.each(testDatabaseKinds())('rapport models on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    // Models as the gateway stores them: offer-a learned on web (3 successes of 4, well ranked)
    // and email (1 failure), offer-b on web (1 success).
    const store = new PropensityStore();
    const learn = (offerId: string, channel: string, outcome: 'accepted' | 'rejected', propensityUsed: number) =>
      store.update({ offerId, channel, outcome, propensityUsed });
    learn('offer-a', 'web', 'accepted', 0.5);
    learn('offer-a', 'web', 'accepted', 0.6);
    learn('offer-a', 'web', 'accepted', 0.4);
    learn('offer-a', 'web', 'rejected', 0.1);
    learn('offer-a', 'email', 'rejected', 0.2);
    learn('offer-b', 'web', 'accepted', 0.3);
    await db.dataSource.manager.save(
      store.exportStates().map((row) => Object.assign(new ModelStateEntity(), { ...row, version: 1, updatedAt: NOW })),
    );
    // Last 30 days: model-driven 6 of 20 accepted, control 1 of 5; and older rows, not counted.
    const inWindow = (k: number) => new Date(NOW.getTime() - (k + 1) * 3_600_000);
    const rows = [
      ...Array.from({ length: 20 }, (_, k) => recommendation(inWindow(k), false, k < 6 ? 'accepted' : null)),
      ...Array.from({ length: 5 }, (_, k) => recommendation(inWindow(30 + k), true, k < 1 ? 'accepted' : 'rejected')),
      ...Array.from({ length: 4 }, (_, k) =>
        recommendation(new Date(NOW.getTime() - (40 + k) * DAY), false, 'accepted'),
      ),
    ];
    await bulkInsert(db.dataSource.manager, RecommendationEntity, rows);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('reports the models, most evidence first, and the lift in the window', async () => {
    const report = await buildModelsReport(db.dataSource.manager, OPTIONS);
    expect(report.models.map((m) => `${m.offerId}:${m.channel}:${m.evidence}`)).toEqual([
      'offer-a:*:5',
      'offer-a:web:4',
      'offer-a:email:1',
      'offer-b:*:1',
      'offer-b:web:1',
    ]);
    expect(report.models[1]).toMatchObject({ positives: 3, negatives: 1, auc: 1 });
    expect(report.modelCount).toBe(5);
    expect(report.pooledAuc).toBeGreaterThan(0.5);
    expect(report.lift.model).toEqual({ recommendations: 20, positives: 6, rate: 0.3 });
    expect(report.lift.control).toEqual({ recommendations: 5, positives: 1, rate: 0.2 });
    expect(report.lift.lift).toBeCloseTo(0.5, 10);
    // The same figures the gateway's decisionLift answers.
    const direct = await measureRealtimeLift(db.dataSource.manager, {
      since: report.since,
      until: report.until,
      positiveOutcomes: ['accepted', 'clicked'],
    });
    expect(report.lift).toEqual(direct);
    expect(report.since.getTime()).toBe(NOW.getTime() - 30 * DAY);

    // A 60-day window takes in the older rows; filters narrow the models.
    const longer = await buildModelsReport(db.dataSource.manager, { ...OPTIONS, days: 60 });
    expect(longer.lift.model.recommendations).toBe(24);
    const web = await buildModelsReport(db.dataSource.manager, { ...OPTIONS, channel: 'web', top: 1 });
    expect(web.models.map((m) => m.offerId)).toEqual(['offer-a']);
    expect(web.modelCount).toBe(2);
  });

  it('prints the lift and a table of the models', async () => {
    const text = formatModelsReport(await buildModelsReport(db.dataSource.manager, { ...OPTIONS, top: 3 }));
    expect(text).toMatch(/model-driven +30\.0 % +6 of 20/);
    expect(text).toMatch(/control +20\.0 % +1 of 5/);
    expect(text).toMatch(/lift 50\.0 %, difference 10\.0 % \(95 % interval -?\d+\.\d % to \d+\.\d %\)/);
    expect(text).toMatch(/offer-a +web +all +4 +3 +[\d.]+ % +1\.000/);
    expect(text).toMatch(/… 2 more \(--top\)/);
  });
});
