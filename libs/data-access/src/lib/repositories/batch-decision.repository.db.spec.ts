import { bulkInsert } from '../bulk-insert';
import { toBatchDecisionId, batchRecommendationId } from '../decisioning/batch-decisions';
import { BatchDecisionEntity, CustomerEntity, RecommendationEntity } from '../entities';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-database';
import { sampleEntities } from '../testing/sample-entities';
import { deleteBatchDecisionsOf, findCurrentBatchDecisions, upsertBatchDecisions } from './batch-decision.repository';
import {
  findCurrentRecommendationsByCustomerIds,
  findOrCopyRecommendationRow,
  findRecommendationById,
} from './recommendation.repository';

const NOW = new Date('2026-01-08T00:00:00.000Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe.each(testDatabaseKinds())('batch decisions on %s', (kind) => {
  let db: TestDatabase;
  const { customer, offer } = sampleEntities();
  // Distinct decisions differ before the last byte, which holds the rank (00 for the decision).
  const decisionId = (n: number) => toBatchDecisionId(`00000000-0000-4000-8000-0000000${String(n).padStart(3, '0')}ff`);

  function batchDecision(channel: string, n: number, offers: string[], expiresAt = days(7)): BatchDecisionEntity {
    return Object.assign(new BatchDecisionEntity(), {
      customerId: customer.id,
      channel,
      decisionId: decisionId(n),
      batchRunId: `run-${n}`,
      modelVersion: 'v1',
      generatedAt: days(-1),
      expiresAt,
      recommendations: {
        reasons: ['because'],
        ranked: offers.map((offerId, k) => [offerId, 1 / (k + 1), 0.2, 1, 50, 1, 0, [0]]),
      },
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.dataSource.manager.save([customer, offer]);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('replaces a customer × channel decision in place, one row however often it is written', async () => {
    const manager = db.dataSource.manager;
    await upsertBatchDecisions(manager, [batchDecision('email', 1, ['a', 'b']), batchDecision('sms', 2, ['c'])]);
    await upsertBatchDecisions(manager, [batchDecision('email', 3, ['d', 'e', 'f'])]);
    const rows = await manager.find(BatchDecisionEntity, { order: { channel: 'ASC' } });
    expect(rows.map((r) => [r.channel, r.decisionId, r.recommendations.ranked.map((p) => p[0])])).toEqual([
      ['email', decisionId(3), ['d', 'e', 'f']],
      ['sms', decisionId(2), ['c']],
    ]);
    expect(rows[0].generatedAt).toEqual(days(-1));
  });

  it('reads current recommendations from real-time rows and batch decisions alike, not expired ones', async () => {
    const manager = db.dataSource.manager;
    await upsertBatchDecisions(manager, [batchDecision('push', 4, ['x'], days(-1))]); // expired
    const realtime = Object.assign(new RecommendationEntity(), {
      ...sampleEntities().recommendation,
      id: '00000000-0000-4000-8000-0000000002a1',
      source: 'realtime',
      channel: 'web',
      generatedAt: NOW,
      expiresAt: days(1),
      outcome: null,
      outcomeAt: null,
    });
    await bulkInsert(manager, RecommendationEntity, [realtime]);
    const current = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], null, NOW);
    // Newest first (the real-time one), then by channel and rank.
    expect(current.map((r) => [r.channel, r.rank, r.offerId, r.source])).toEqual([
      ['web', 1, realtime.offerId, 'realtime'],
      ['email', 1, 'd', 'batch'],
      ['email', 2, 'e', 'batch'],
      ['email', 3, 'f', 'batch'],
      ['sms', 1, 'c', 'batch'],
    ]);
    expect(current[2].id).toBe(batchRecommendationId(decisionId(3), 2));
    const sms = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], 'sms', NOW);
    expect(sms.map((r) => r.offerId)).toEqual(['c']);
    expect(await findCurrentBatchDecisions(manager, [customer.id], 'push', NOW)).toEqual([]);
  });

  it('finds a batch recommendation by id and copies it to a row once, for its outcome', async () => {
    const manager = db.dataSource.manager;
    const id = batchRecommendationId(decisionId(3), 2);
    expect(await findRecommendationById(manager, id)).toMatchObject({ id, offerId: 'e', rank: 2, source: 'batch' });
    expect(await findRecommendationById(manager, batchRecommendationId(decisionId(3), 4))).toBeNull();
    expect(await findRecommendationById(manager, batchRecommendationId(decisionId(9), 1))).toBeNull();

    const [first, second] = await Promise.all([
      findOrCopyRecommendationRow(manager, id),
      findOrCopyRecommendationRow(manager, id),
    ]);
    expect(first).toMatchObject({ id, offerId: 'e', decisionId: decisionId(3), batchRunId: 'run-3' });
    expect(second).toEqual(first);
    expect(await manager.countBy(RecommendationEntity, { id })).toBe(1);

    // With an outcome on its row, the current list shows the row (and its outcome), once.
    await manager.update(RecommendationEntity, { id }, { outcome: 'accepted', outcomeAt: NOW });
    const email = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], 'email', NOW);
    expect(email.map((r) => [r.offerId, r.outcome])).toEqual([
      ['d', null],
      ['e', 'accepted'],
      ['f', null],
    ]);
    // Once the decision is replaced, the answered row is history, not a current recommendation.
    await upsertBatchDecisions(manager, [batchDecision('email', 5, ['g'])]);
    const replaced = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], 'email', NOW);
    expect(replaced.map((r) => r.offerId)).toEqual(['g']);
    expect(await manager.countBy(RecommendationEntity, { id })).toBe(1);
  });

  it("deletes a customer's decisions", async () => {
    const manager = db.dataSource.manager;
    expect(await deleteBatchDecisionsOf(manager, customer.id)).toBe(3);
    expect(await manager.countBy(BatchDecisionEntity, { customerId: customer.id })).toBe(0);
    expect(await manager.countBy(CustomerEntity, { id: customer.id })).toBe(1);
  });
});
