import { bulkInsert } from '../bulk-insert';
import { batchChannelDecisionId, batchRecommendationId, toBatchDecisionsId } from '../decisioning/batch-decisions';
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
  // Distinct rows differ before the last two bytes, which address channel slots and ranks.
  const rowId = (n: number) => toBatchDecisionsId(`00000000-0000-4000-8000-00000${String(n).padStart(3, '0')}ffff`);

  /** A batch row with a decision per channel: [channel, offers ranked] in slot order. */
  function batchRow(n: number, channels: Array<[string, string[]]>, expiresAt = days(7)): BatchDecisionEntity {
    return Object.assign(new BatchDecisionEntity(), {
      customerId: customer.id,
      id: rowId(n),
      batchRunId: `run-${n}`,
      modelVersion: 'v1',
      generatedAt: days(-1),
      expiresAt,
      decisions: {
        reasons: ['because'],
        channels: channels.map(([channel, offers]) => ({
          channel,
          ranked: offers.map((offerId, k) => [offerId, 1 / (k + 1), 0.2, 1, 50, 1, 0, [0]]),
        })),
      },
    });
  }
  const recommendationId = (n: number, slot: number, rank: number) =>
    batchRecommendationId(batchChannelDecisionId(rowId(n), slot), rank);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.dataSource.manager.save([customer, offer]);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("replaces a customer's row in place, one row however often it is written", async () => {
    const manager = db.dataSource.manager;
    await upsertBatchDecisions(manager, [
      batchRow(1, [
        ['email', ['a', 'b']],
        ['sms', ['c']],
      ]),
    ]);
    await upsertBatchDecisions(manager, [
      batchRow(3, [
        ['email', ['d', 'e', 'f']],
        ['sms', ['c']],
        ['push', []],
      ]),
    ]);
    const rows = await manager.find(BatchDecisionEntity);
    expect(rows.map((r) => [r.id, r.decisions.channels.map((c) => [c.channel, c.ranked.map((p) => p[0])])])).toEqual([
      [
        rowId(3),
        [
          ['email', ['d', 'e', 'f']],
          ['sms', ['c']],
          ['push', []],
        ],
      ],
    ]);
    expect(rows[0].generatedAt).toEqual(days(-1));
  });

  it('reads current recommendations from real-time rows and batch decisions alike, not expired ones', async () => {
    const manager = db.dataSource.manager;
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
    expect(current[2].id).toBe(recommendationId(3, 0, 2));
    const sms = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], 'sms', NOW);
    expect(sms.map((r) => r.offerId)).toEqual(['c']);
    // Once the row expires, only the real-time recommendation is current.
    expect(await findCurrentBatchDecisions(manager, [customer.id], days(8))).toEqual([]);
    const later = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], null, days(0.5));
    expect(later).toHaveLength(5);
    expect(await findCurrentRecommendationsByCustomerIds(manager, [customer.id], 'email', days(8))).toEqual([]);
  });

  it('finds a batch recommendation by id and copies it to a row once, for its outcome', async () => {
    const manager = db.dataSource.manager;
    const id = recommendationId(3, 0, 2);
    expect(await findRecommendationById(manager, id)).toMatchObject({ id, offerId: 'e', rank: 2, source: 'batch' });
    expect(await findRecommendationById(manager, recommendationId(3, 1, 1))).toMatchObject({ offerId: 'c' });
    expect(await findRecommendationById(manager, recommendationId(3, 0, 4))).toBeNull();
    expect(await findRecommendationById(manager, recommendationId(3, 2, 1))).toBeNull(); // push: nothing
    expect(await findRecommendationById(manager, recommendationId(9, 0, 1))).toBeNull();

    const [first, second] = await Promise.all([
      findOrCopyRecommendationRow(manager, id),
      findOrCopyRecommendationRow(manager, id),
    ]);
    expect(first).toMatchObject({
      id,
      offerId: 'e',
      decisionId: batchChannelDecisionId(rowId(3), 0),
      batchRunId: 'run-3',
    });
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
    // Once the decisions are replaced, the answered row is history, not a current recommendation.
    await upsertBatchDecisions(manager, [batchRow(5, [['email', ['g']]])]);
    const replaced = await findCurrentRecommendationsByCustomerIds(manager, [customer.id], 'email', NOW);
    expect(replaced.map((r) => r.offerId)).toEqual(['g']);
    expect(await manager.countBy(RecommendationEntity, { id })).toBe(1);
  });

  it("deletes a customer's decisions", async () => {
    const manager = db.dataSource.manager;
    expect(await deleteBatchDecisionsOf(manager, customer.id)).toBe(1);
    expect(await manager.countBy(BatchDecisionEntity, { customerId: customer.id })).toBe(0);
    expect(await manager.countBy(CustomerEntity, { id: customer.id })).toBe(1);
  });
});
