import {
  BatchDecisionEntity,
  BatchRunEntity,
  ConsentEntity,
  ConversationEventEntity,
  createTestDatabase,
  CustomerEntity,
  parseBatchRecommendationId,
  testDatabaseKinds,
  type TestDatabase,
  toBatchDecisionsId,
  unpackBatchDecisions,
} from '@rapport/data-access';
import { uuidV7 } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';
import { seedDemoData } from '../seed-demo-data.job';
import { DEFAULT_REFRESH_PARAMS, type RefreshParams } from './refresh-params';
import { createRefreshRun, executeRefreshRun, findResumableRun } from './refresh.job';

const NOW = '2026-11-01T12:00:00.000Z';
const CUSTOMERS = 240;

function params(overrides: Partial<RefreshParams> = {}): RefreshParams {
  return { ...DEFAULT_REFRESH_PARAMS, now: NOW, chunkSize: 50, ...overrides };
}

/** Every stored batch row (one per customer: the primary key), in customer order. */
async function storedDecisions(dataSource: DataSource): Promise<BatchDecisionEntity[]> {
  return dataSource.manager.find(BatchDecisionEntity, { order: { customerId: 'ASC' } });
}

const runsOf = (decisions: BatchDecisionEntity[]) => new Set(decisions.map((d) => d.batchRunId));
const CHANNELS = DEFAULT_REFRESH_PARAMS.channels.length;

describe.each(testDatabaseKinds())('refresh on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemoData(db.dataSource, { customers: CUSTOMERS, seed: 11, asOf: new Date('2026-11-01T00:00:00Z') });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('scores every customer and writes one batch of at most N recommendations per customer and channel', async () => {
    const run = await createRefreshRun(db.dataSource, params());
    const chunks: number[] = [];
    const outcome = await executeRefreshRun(db.dataSource, run, { onChunk: ({ done }) => chunks.push(done) });
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.customers).toBe(CUSTOMERS);
    expect(chunks).toEqual([50, 100, 150, 200, 240]);

    const scored = await db.dataSource.manager.count(CustomerEntity, { where: {} });
    const withValue = await db.dataSource
      .createQueryBuilder(CustomerEntity, 'c')
      .where('c.segment IS NOT NULL')
      .getCount();
    expect(withValue).toBe(scored);
    const segments = await db.dataSource
      .createQueryBuilder(CustomerEntity, 'c')
      .select('DISTINCT c.segment', 's')
      .getRawMany();
    expect(segments.length).toBeGreaterThanOrEqual(3);

    // One row per customer, with a decision for every outbound channel (in the run's channel
    // order), even one that recommends nothing.
    const decisions = await storedDecisions(db.dataSource);
    expect(decisions).toHaveLength(CUSTOMERS);
    expect(runsOf(decisions)).toEqual(new Set([run.id]));
    expect(new Set(decisions.map((d) => d.id)).size).toBe(CUSTOMERS);
    for (const d of decisions) {
      expect(d.decisions.channels.map((c) => c.channel)).toEqual(DEFAULT_REFRESH_PARAMS.channels);
      for (const c of d.decisions.channels) expect(c.ranked.length).toBeLessThanOrEqual(3);
    }
    expect(outcome.counts.decisions).toBe(CUSTOMERS * CHANNELS);
    const unpacked = decisions.flatMap((d) => unpackBatchDecisions(d));
    expect(unpacked.length).toBeGreaterThan(CUSTOMERS);
    expect(unpacked.length).toBe(outcome.counts.recommendations);
    // Unpacked, they read like recommendation rows, ranked 1, 2, 3… under ids that lead back to the row.
    for (const r of unpacked.slice(0, 50)) {
      expect(parseBatchRecommendationId(r.id)).toMatchObject({ rowId: toBatchDecisionsId(r.decisionId), rank: r.rank });
    }
    expect(new Set(unpacked.map((r) => r.id)).size).toBe(unpacked.length);
    const stored = await db.dataSource.manager.findOneByOrFail(BatchRunEntity, { id: run.id });
    expect(stored.status).toBe('completed');
    expect(stored.counts?.['customers']).toBe(CUSTOMERS);
  });

  it('replaces the previous batch atomically on the next run', async () => {
    const run = await createRefreshRun(db.dataSource, params());
    const before = new Set((await storedDecisions(db.dataSource)).map((d) => d.id));
    await executeRefreshRun(db.dataSource, run);
    const after = await storedDecisions(db.dataSource);
    expect(after).toHaveLength(CUSTOMERS);
    expect(runsOf(after)).toEqual(new Set([run.id]));
    expect(after.filter((d) => before.has(d.id))).toEqual([]);
  });

  it('stops after a chunk when asked and resumes from the checkpoint to the same end state', async () => {
    const run = await createRefreshRun(db.dataSource, params());
    let chunks = 0;
    const first = await executeRefreshRun(db.dataSource, run, {
      shouldStop: () => chunks >= 2,
      onChunk: () => chunks++,
    });
    expect(first.status).toBe('stopped');
    // Stops at a chunk boundary once asked: the chunks already being scored or written (up to two
    // writes overlap on MySQL) still complete.
    expect([100, 150, 200]).toContain(first.counts.customers);
    const stopped = await findResumableRun(db.dataSource, run.id);
    expect(stopped.status).toBe('stopped');
    expect(stopped.checkpoint).not.toBeNull();

    const resumed = await executeRefreshRun(db.dataSource, stopped);
    expect(resumed.status).toBe('completed');
    expect(resumed.counts.customers).toBe(CUSTOMERS); // those before the stop + the rest, none twice
    expect(resumed.counts.chunks).toBe(5);
    const decisions = await storedDecisions(db.dataSource);
    expect(decisions).toHaveLength(CUSTOMERS);
    expect(runsOf(decisions)).toEqual(new Set([run.id]));
  });

  it('leaves no half-replaced batch when a run dies mid-chunk, and resumes cleanly', async () => {
    const previous = runsOf(await storedDecisions(db.dataSource));
    expect(previous.size).toBe(1);
    const run = await createRefreshRun(db.dataSource, params());
    await expect(
      executeRefreshRun(db.dataSource, run, {
        beforeWrite: (chunk) => {
          if (chunk === 2) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const failed = await findResumableRun(db.dataSource, run.id);
    expect(failed.status).toBe('failed');
    // Chunks 0 and 1 (the first 100 customers) were replaced; the rest still hold the previous
    // run's decisions, all channels of a customer always from one run (one row).
    const midway = await storedDecisions(db.dataSource);
    expect(midway).toHaveLength(CUSTOMERS);
    const replaced = midway.filter((d) => d.batchRunId === run.id).length;
    expect([50, 100]).toContain(replaced); // chunk 1's write may still have been in flight
    expect(midway.map((d) => d.batchRunId)).toEqual(midway.map((_, i) => (i < replaced ? run.id : [...previous][0])));
    const resumed = await executeRefreshRun(db.dataSource, failed);
    expect(resumed.status).toBe('completed');
    const after = await storedDecisions(db.dataSource);
    expect(after).toHaveLength(CUSTOMERS);
    expect(runsOf(after)).toEqual(new Set([run.id]));
  });

  it('refreshes only changed customers in incremental mode', async () => {
    const since = new Date();
    const changed = await db.dataSource.manager.find(CustomerEntity, { take: 3, order: { id: 'DESC' } });
    for (const customer of changed) {
      await db.dataSource.manager.insert(ConversationEventEntity, {
        id: uuidV7(),
        customerId: customer.id,
        identityId: null,
        source: 'test',
        externalId: `incremental-${customer.id}`,
        channel: 'call_center',
        direction: 'inbound',
        kind: 'complaint',
        topic: 'billing',
        occurredAt: new Date(NOW),
        summary: 'Charged twice',
        sentiment: -0.9,
        amount: null,
        agent: null,
        offerId: null,
        recommendationId: null,
        createdAt: new Date(since.getTime() + 1000),
      });
    }
    // A consent change counts too: outbound decisions depend on consent.
    const [withdrawn] = await db.dataSource.manager.find(CustomerEntity, { skip: 10, take: 1, order: { id: 'ASC' } });
    await db.dataSource.manager.update(
      ConsentEntity,
      { customerId: withdrawn.id },
      { status: 'denied', updatedAt: new Date(since.getTime() + 1000) },
    );
    changed.push(withdrawn);
    const run = await createRefreshRun(
      db.dataSource,
      params({ mode: 'incremental', changedSince: since.toISOString() }),
    );
    const outcome = await executeRefreshRun(db.dataSource, run);
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.customers).toBe(4);
    const fresh = await db.dataSource.manager.find(BatchDecisionEntity, { where: { batchRunId: run.id } });
    expect(new Set(fresh.map((d) => d.customerId))).toEqual(new Set(changed.map((c) => c.id)));
    expect(fresh).toHaveLength(4);
  });

  it('computes without writing in a dry run', async () => {
    const before = (await storedDecisions(db.dataSource)).map((d) => d.id);
    const run = await createRefreshRun(db.dataSource, params({ dryRun: true }));
    const outcome = await executeRefreshRun(db.dataSource, run);
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.recommendations).toBeGreaterThan(0);
    const after = (await storedDecisions(db.dataSource)).map((d) => d.id);
    expect(after).toEqual(before);
  });
});
