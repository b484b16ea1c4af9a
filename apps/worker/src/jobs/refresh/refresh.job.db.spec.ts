import {
  BatchRunEntity,
  ConversationEventEntity,
  createTestDatabase,
  CustomerEntity,
  RecommendationEntity,
  testDatabaseKinds,
  type TestDatabase,
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

/** (customer, channel) → number of distinct decisions and of rows among batch recommendations. */
async function batchShape(dataSource: DataSource) {
  const rows: Array<{ customerId: string; channel: string; decisions: string; rows: string; runs: string }> =
    await dataSource
      .createQueryBuilder(RecommendationEntity, 'r')
      .select('r.customerId', 'customerId')
      .addSelect('r.channel', 'channel')
      .addSelect('COUNT(DISTINCT r.decisionId)', 'decisions')
      .addSelect('COUNT(*)', 'rows')
      .addSelect('COUNT(DISTINCT r.batchRunId)', 'runs')
      .where("r.source = 'batch'")
      .groupBy('r.customerId')
      .addGroupBy('r.channel')
      .getRawMany();
  return rows.map((r) => ({ ...r, decisions: Number(r.decisions), rows: Number(r.rows), runs: Number(r.runs) }));
}

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

    const shape = await batchShape(db.dataSource);
    expect(shape.length).toBeGreaterThan(CUSTOMERS); // several channels per customer
    for (const s of shape) {
      expect(s.decisions).toBe(1);
      expect(s.rows).toBeLessThanOrEqual(3);
      expect(s.runs).toBe(1);
    }
    const total = await db.dataSource.manager.count(RecommendationEntity);
    expect(total).toBe(outcome.counts.recommendations);
    const stored = await db.dataSource.manager.findOneByOrFail(BatchRunEntity, { id: run.id });
    expect(stored.status).toBe('completed');
    expect(stored.counts?.['customers']).toBe(CUSTOMERS);
  });

  it('replaces the previous batch atomically on the next run', async () => {
    const run = await createRefreshRun(db.dataSource, params());
    await executeRefreshRun(db.dataSource, run);
    const runs: Array<{ id: string }> = await db.dataSource
      .createQueryBuilder(RecommendationEntity, 'r')
      .select('DISTINCT r.batchRunId', 'id')
      .getRawMany();
    expect(runs).toEqual([{ id: run.id }]);
    for (const s of await batchShape(db.dataSource)) expect(s.decisions).toBe(1);
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
    const runs = await db.dataSource
      .createQueryBuilder(RecommendationEntity, 'r')
      .select('DISTINCT r.batchRunId', 'id')
      .getRawMany();
    expect(runs).toEqual([{ id: run.id }]);
    for (const s of await batchShape(db.dataSource)) expect(s.decisions).toBe(1);
  });

  it('leaves no half-replaced batch when a run dies mid-chunk, and resumes cleanly', async () => {
    const previous = await db.dataSource.manager.count(RecommendationEntity);
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
    // Chunks 0 and 1 were replaced, the rest still hold the previous run's batch: never a mix.
    for (const s of await batchShape(db.dataSource)) {
      expect(s.decisions).toBe(1);
      expect(s.runs).toBe(1);
    }
    const resumed = await executeRefreshRun(db.dataSource, failed);
    expect(resumed.status).toBe('completed');
    const runs = await db.dataSource
      .createQueryBuilder(RecommendationEntity, 'r')
      .select('DISTINCT r.batchRunId', 'id')
      .getRawMany();
    expect(runs).toEqual([{ id: run.id }]);
    expect(await db.dataSource.manager.count(RecommendationEntity)).toBeGreaterThan(previous / 2);
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
    const run = await createRefreshRun(
      db.dataSource,
      params({ mode: 'incremental', changedSince: since.toISOString() }),
    );
    const outcome = await executeRefreshRun(db.dataSource, run);
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.customers).toBe(3);
    const fresh = await db.dataSource.manager.find(RecommendationEntity, { where: { batchRunId: run.id } });
    expect(new Set(fresh.map((r) => r.customerId))).toEqual(new Set(changed.map((c) => c.id)));
  });

  it('computes without writing in a dry run', async () => {
    const before = await db.dataSource.manager.find(RecommendationEntity, {
      select: { id: true },
      order: { id: 'ASC' },
    });
    const run = await createRefreshRun(db.dataSource, params({ dryRun: true }));
    const outcome = await executeRefreshRun(db.dataSource, run);
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.recommendations).toBeGreaterThan(0);
    const after = await db.dataSource.manager.find(RecommendationEntity, {
      select: { id: true },
      order: { id: 'ASC' },
    });
    expect(after).toEqual(before);
  });
});
