import {
  BatchRunEntity,
  BatchRunShardEntity,
  createTestDatabase,
  BatchDecisionEntity,
  testDatabaseKinds,
  type TestDatabase,
} from '@rapport/data-access';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { seedDemoData } from '../seed-demo-data.job';
import { runDistributedRefresh } from './distributed/distributed-refresh';
import { DEFAULT_REFRESH_PARAMS } from './refresh-params';
import { createRefreshRun, executeRefreshRun, findResumableRun } from './refresh.job';

// These tests run `rapport` as real child processes, which cannot share an in-memory SQLite
// database: they need the MySQL server of DATABASE_URL (always set in CI).
const kinds = testDatabaseKinds().filter((k) => k === 'mysql');
const describeOnServer = kinds.length > 0 ? describe.each(kinds) : describe.skip.each(['mysql']);

const ROOT = resolve(__dirname, '../../../../..');
const NOW = '2026-11-01T12:00:00.000Z';
const CUSTOMERS = 400;

function rapport(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [resolve(ROOT, 'bin/rapport'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function assertOneBatchPerCustomerAndChannel(db: TestDatabase, runId: string): Promise<void> {
  const rows = await db.dataSource.manager.find(BatchDecisionEntity);
  // Every customer holds exactly one row (the primary key) with one decision per channel, all
  // from this run.
  expect(rows).toHaveLength(CUSTOMERS);
  expect(new Set(rows.map((d) => d.batchRunId))).toEqual(new Set([runId]));
  for (const row of rows) {
    expect(row.decisions.channels.map((c) => c.channel)).toEqual(DEFAULT_REFRESH_PARAMS.channels);
  }
}

describeOnServer('refresh processes on %s', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('mysql');
    await seedDemoData(db.dataSource, { customers: CUSTOMERS, seed: 5, asOf: new Date('2026-11-01T00:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it('survives SIGKILL mid-run: the resumed run leaves exactly one batch per customer and channel', async () => {
    const child = rapport(['refresh', '--full', '--chunk-size', '20', '--now', NOW], {
      DATABASE_URL: db.url as string,
    });
    let output = '';
    child.stderr?.on('data', (d) => (output += String(d)));
    const running = await waitFor(async () => {
      const run = await db.dataSource.manager.findOne(BatchRunEntity, {
        where: { kind: 'refresh' },
        order: { startedAt: 'DESC' },
      });
      return run?.checkpoint ? run : null;
    }, 60_000).catch((e) => {
      throw new Error(`${String(e)}; child said: ${output}`);
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const crashed = await findResumableRun(db.dataSource, running.id);
    expect(crashed.status).toBe('running'); // nobody got to mark it: a real crash
    const outcome = await executeRefreshRun(db.dataSource, crashed);
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.customers).toBe(CUSTOMERS);
    await assertOneBatchPerCustomerAndChannel(db, running.id);
  }, 120_000);

  it('two worker processes complete a distributed run, each shard exactly once in effect', async () => {
    const queue = `rapport-test-${process.pid}-${Date.now()}`;
    const env = { DATABASE_URL: db.url as string, RAPPORT_QUEUE: queue };
    const logs: string[] = ['', ''];
    const workers = [0, 1].map((i) => {
      const worker = rapport(['worker', '--concurrency', '1'], env);
      worker.stdout?.on('data', (d) => (logs[i] += String(d)));
      return worker;
    });
    try {
      process.env['RAPPORT_QUEUE'] = queue;
      await waitFor(async () => logs.every((l) => l.includes('worker ready')), 60_000);
      const run = await createRefreshRun(db.dataSource, { ...DEFAULT_REFRESH_PARAMS, now: NOW, chunkSize: 25 });
      const outcome = await runDistributedRefresh(db.dataSource, run, 6, () => false, 200);
      expect(outcome.status).toBe('completed');
      const shards = await db.dataSource.manager.find(BatchRunShardEntity, { where: { runId: run.id } });
      expect(shards).toHaveLength(6);
      expect(shards.every((s) => s.status === 'completed')).toBe(true);
      expect(shards.reduce((sum, s) => sum + s.processed, 0)).toBe(CUSTOMERS);
      const stored = await db.dataSource.manager.findOneByOrFail(BatchRunEntity, { id: run.id });
      expect(stored.status).toBe('completed');
      expect(stored.shards).toHaveLength(6);
      await assertOneBatchPerCustomerAndChannel(db, run.id);
      // Both processes took part.
      const byWorker = new Set(shards.map((s) => s.workerId));
      expect(byWorker.size).toBe(2);
    } finally {
      for (const worker of workers) worker.kill('SIGTERM');
      await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
    }
  }, 120_000);
});
