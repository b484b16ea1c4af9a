/**
 * Refresh benchmark: seeds N customers (and a catalog enlarged to --offers active offers) into a
 * fresh MariaDB database, then times a full refresh, an incremental refresh after 1 % of the
 * customers changed, and a distributed refresh with 1 and 2 worker processes.
 *
 *   npm run bench -- refresh [--customers 1000000] [--offers 200] [--server mysql://root@127.0.0.1:3306]
 */
import 'reflect-metadata';
import { ConversationEventEntity, createDataSource, CustomerEntity, bulkInsert } from '@rapport/data-access';
import { uuidV7 } from '@rapport/shared-util';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { type DataSource } from 'typeorm';
import { runDistributedRefresh } from '../../../apps/worker/src/jobs/refresh/distributed/distributed-refresh';
import { DEFAULT_REFRESH_PARAMS } from '../../../apps/worker/src/jobs/refresh/refresh-params';
import {
  createRefreshRun,
  ensurePopulationFit,
  executeRefreshRun,
} from '../../../apps/worker/src/jobs/refresh/refresh.job';
import { seedDemoData } from '../../../apps/worker/src/jobs/seed-demo-data.job';
import { enlargeCatalog } from '../shared/enlarge-catalog';
import { cpuSeconds, findDatabaseServerPid } from '../shared/process-cpu';

/** The local database server, whose CPU each run reports next to Node's (which side is the bottleneck). */
const databaseServerPid = findDatabaseServerPid();

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (args.includes('--help')) {
  console.log(
    'npm run bench -- refresh [--customers N (default 1000000)] [--offers 200] [--server mysql://root@127.0.0.1:3306] [--skip-distributed] [--reuse] [--seed-only] [--skip-full] [--dry-run]\n\n  --reuse      keep the database a previous run seeded with the same --customers and --offers (skips the seed)\n  --seed-only  seed (or check the reused seed) and stop\n  --skip-full  no full refresh (with --reuse, after a run that did one): only the incremental one\n  --dry-run    first a full refresh that reads and computes but writes nothing',
  );
  process.exit(0);
}
const CUSTOMERS = Number(flag('customers', '1000000'));
const OFFERS = Number(flag('offers', '200'));
const SERVER = flag('server', 'mysql://root@127.0.0.1:3306');
const NOW = '2026-11-01T12:00:00.000Z';
const ROOT = resolve(__dirname, '../../..');

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

async function main(): Promise<void> {
  // One database per size, so --reuse can skip a 1M-customer seed on the next run.
  const dbName = `rapport_bench_refresh_${CUSTOMERS}_${OFFERS}`;
  const admin = await createConnection(SERVER);
  const [found] = await admin.query(`SHOW DATABASES LIKE '${dbName}'`);
  const reuse = args.includes('--reuse') && (found as unknown[]).length > 0;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.query(`CREATE DATABASE ${dbName} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
  await admin.end();
  const url = `${SERVER}/${dbName}`;
  const dataSource = createDataSource({ kind: 'mysql', url });
  await dataSource.initialize();
  await dataSource.runMigrations();
  // The server's memory decides whether the refresh reads from RAM or from disk: print it.
  const [server] = await dataSource.query(
    'SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool, @@innodb_flush_log_at_trx_commit AS flush',
  );
  console.log(
    `server ${server.version}, innodb_buffer_pool_size ${mb(Number(server.pool))}, flush_log_at_trx_commit ${server.flush}; ` +
      `${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' ',
        )}, node ${process.version}${process.env['NODE_OPTIONS'] ? `, NODE_OPTIONS=${process.env['NODE_OPTIONS']}` : ''}`,
  );

  let t = Date.now();
  if (reuse && (await dataSource.manager.count(CustomerEntity)) === CUSTOMERS) {
    console.log(`reusing ${dbName}: ${CUSTOMERS} customers already seeded`);
  } else {
    if (reuse) throw new Error(`${dbName} holds a partial seed: run without --reuse`);
    // No identity block keys: the refresh never reads them, and they double the seed's time.
    await seedDemoData(dataSource, {
      customers: CUSTOMERS,
      seed: 1,
      asOf: new Date('2026-11-01T00:00:00Z'),
      blockKeys: false,
    });
    await enlargeCatalog(dataSource, OFFERS);
    console.log(
      `seeded ${CUSTOMERS} customers and ${OFFERS} active offers in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  if (args.includes('--seed-only')) return dataSource.destroy();

  t = Date.now();
  const fit = await ensurePopulationFit(dataSource, new Date(NOW), true);
  console.log(`population CLV fit on ${fit.customers} buyers: ${((Date.now() - t) / 1000).toFixed(1)} s`);

  peakRss = 0;
  if (args.includes('--dry-run')) {
    // Reads and computes without writing: with the full run's figures, shows what the writes cost.
    await timedRun(dataSource, 'full refresh, dry run (no writes)', { mode: 'full', dryRun: true });
  }
  const full = args.includes('--skip-full') ? null : await timedRun(dataSource, 'full refresh', { mode: 'full' });
  // "Changed since" is taken before the touch: writing 1 % of a million customers takes seconds.
  const touchedFrom = new Date(Date.now() - 1000);
  const changed = await touchCustomers(dataSource, Math.ceil(CUSTOMERS / 100));
  const incremental = await timedRun(dataSource, `incremental refresh (${changed} changed)`, {
    mode: 'incremental',
    changedSince: touchedFrom.toISOString(),
  });
  console.log(JSON.stringify({ full, incremental }));

  if (!args.includes('--skip-distributed')) {
    for (const workers of [1, 2]) {
      const queue = `rapport-bench-${Date.now()}`;
      process.env['RAPPORT_QUEUE'] = queue;
      const children = await startWorkers(workers, { DATABASE_URL: url, RAPPORT_QUEUE: queue });
      try {
        const run = await createRefreshRun(dataSource, { ...DEFAULT_REFRESH_PARAMS, now: NOW });
        const started = Date.now();
        await runDistributedRefresh(dataSource, run, 8, () => false, 250);
        const seconds = (Date.now() - started) / 1000;
        console.log(
          `distributed refresh, ${workers} worker process(es), 8 shards: ${seconds.toFixed(1)} s, ${Math.round(CUSTOMERS / seconds)} customers/s`,
        );
      } finally {
        for (const child of children) child.kill('SIGTERM');
        await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
      }
    }
  }
  await dataSource.destroy();
}

async function timedRun(
  dataSource: DataSource,
  label: string,
  params: Partial<typeof DEFAULT_REFRESH_PARAMS> & { changedSince?: string },
) {
  const run = await createRefreshRun(dataSource, { ...DEFAULT_REFRESH_PARAMS, now: NOW, chunkSize: 1000, ...params });
  const started = Date.now();
  const cpuBefore = process.cpuUsage();
  const serverBefore = cpuSeconds(databaseServerPid);
  const outcome = await executeRefreshRun(dataSource, run);
  const seconds = (Date.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = cpuSeconds(databaseServerPid);
  const c = outcome.counts;
  const figures = {
    label,
    seconds: Number(seconds.toFixed(2)),
    customersPerSecond: Math.round(c.customers / seconds),
    // Rows written: per scored customer, its value figures and its one batch_decisions row.
    rowsWrittenPerSecond: Math.round((2 * (c.customers - c.skipped)) / seconds),
    decisions: c.decisions,
    recommendations: c.recommendations,
    split: { readS: c.readMs / 1000, computeS: c.computeMs / 1000, writeS: c.writeMs / 1000 },
    peakRss: mb(peakRss),
    nodeCpuS: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    serverCpuS: Number.isNaN(serverAfter - serverBefore) ? null : Number((serverAfter - serverBefore).toFixed(1)),
    loadAverage: loadavg()[0],
  };
  console.log(
    `${label}: ${figures.seconds} s, ${figures.customersPerSecond} customers/s, ${figures.rowsWrittenPerSecond} rows/s, read ${figures.split.readS.toFixed(1)} s / compute ${figures.split.computeS.toFixed(1)} s / write ${figures.split.writeS.toFixed(1)} s, peak RSS ${figures.peakRss}, Node CPU ${figures.nodeCpuS} s, database server CPU ${figures.serverCpuS ?? '?'} s, load ${figures.loadAverage.toFixed(1)}`,
  );
  return figures;
}

/** Records a new inbound message for n customers (spread over the id space). */
async function touchCustomers(dataSource: DataSource, n: number): Promise<number> {
  const ids: Array<{ id: string }> = await dataSource
    .createQueryBuilder(CustomerEntity, 'c')
    .select('c.id', 'id')
    .orderBy('c.id')
    .getRawMany();
  const step = Math.max(1, Math.floor(ids.length / n));
  const now = new Date();
  const events = [];
  for (let i = 0; i < ids.length && events.length < n; i += step) {
    events.push({
      id: uuidV7(),
      customerId: ids[i].id,
      identityId: null,
      source: 'bench',
      externalId: `bench-${i}-${now.getTime()}`,
      channel: 'app',
      direction: 'inbound' as const,
      kind: 'message',
      topic: null,
      occurredAt: now,
      summary: 'Asked a question',
      sentiment: 0,
      amount: null,
      agent: null,
      offerId: null,
      recommendationId: null,
      createdAt: now,
    });
  }
  await bulkInsert(dataSource.manager, ConversationEventEntity, events);
  return events.length;
}

async function startWorkers(count: number, env: Record<string, string>): Promise<ChildProcess[]> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [resolve(ROOT, 'bin/rapport'), 'worker'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((ready) => {
          let out = '';
          child.stdout?.on('data', (d) => {
            out += String(d);
            if (out.includes('worker ready')) ready();
          });
        }),
    ),
  );
  return children;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => clearInterval(sampler));
