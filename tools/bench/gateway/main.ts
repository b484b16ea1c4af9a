// npm run bench -- gateway [--scenarios LIST] [--customers N] [--offers N] [--duration S] [--connections C] …
// Seeds N customers on MariaDB/MySQL with `rapport seed`, grows the active catalog to --offers,
// adds 3 current recommendations per customer, starts the gateway as its own process (production
// mode; --workers N processes), then loads it (autocannon, closed loop; or --rate R, open loop) with (1) the customer-360 query with random customer ids, (2) a
// constant-resolver query answering a response of the same size, (3) nextBestActions with the
// explanation (`suppressed`) and (4) nextBestActions without it. Prints req/s, p50/p95/p99, SQL
// statements per request (from the gateway's /metrics), CPU seconds per 1000 requests of the
// gateway, the database server and the load generator, how busy the machine was, and the load
// average (other processes on the machine skew wall-clock figures, not CPU time).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import jwt from 'jsonwebtoken';
import { createConnection } from 'mysql2/promise';
import {
  BatchDecisionEntity,
  CustomerEntity,
  OfferEntity,
  openDatabase,
  resolveDatabaseConfig,
  toBatchDecisionsId,
  upsertBatchDecisions,
  type PackedRecommendation,
} from '@rapport/data-access';
import { uuidV7 } from '@rapport/shared-util';
import { enlargeCatalog } from '../shared/enlarge-catalog';
import { runOpenLoop } from './open-loop';
import { cpuSeconds, cpuSecondsWithChildren, findDatabaseServerPid, machineCpuTicks } from '../shared/process-cpu';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (process.argv.includes('--help')) {
  process.stdout.write(
    'options: --scenarios customer360,constant,nba,nba-lean (default all; nba* alone defaults --customers to 20000)\n' +
      '         --customers N (default 100000) --offers N (active offers, default 500) --duration S (default 20)\n' +
      '         --connections C (default 50) --warmup S (default 3)\n' +
      '         --workers N (gateway processes, RAPPORT_GATEWAY_WORKERS; default 1)\n' +
      '         --repeat N (runs per query, and their median: figures vary by ±20 % between runs here; default 1)\n' +
      '         --rate R (open loop: R requests/s at even intervals over the connections, each latency counted\n' +
      '                   from when the request was due; default 0 = closed loop, as fast as answered)\n' +
      '         --slo-p99 MS (capacity: per query, the highest open-loop rate whose p99 stays within MS,\n' +
      '                   found by doubling from --rate (default 250) and then bisecting to within 10 %)\n' +
      '         --database-url mysql://… (default mysql://root@127.0.0.1:3306/rapport_bench; created if missing) --port P (default 4400)\n' +
      '         --id-pool N (draw customer ids from the first N only; default all)\n' +
      '         --cpu-prof DIR (write a V8 CPU profile of the gateway process to DIR)\n',
  );
  process.exit(0);
}

const root = resolve(__dirname, '..', '..', '..');
const SCENARIOS = ['customer360', 'constant', 'nba', 'nba-lean'] as const;
type Scenario = (typeof SCENARIOS)[number];
const scenarios = arg('scenarios', SCENARIOS.join(',')).split(',') as Scenario[];
for (const s of scenarios) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s}`);
// Decisions alone need no big customer table; the seed (about 1 min per 10k customers) dominates otherwise.
const decisionsOnly = scenarios.every((s) => s.startsWith('nba'));
const customers = Number(arg('customers', decisionsOnly ? '20000' : '100000'));
const offers = Number(arg('offers', '500'));
const duration = Number(arg('duration', '20'));
const connections = Number(arg('connections', '50'));
const warmup = Number(arg('warmup', '3'));
/** Requests per second in all (0: closed loop, each connection sends its next request when answered). */
const rate = Number(arg('rate', '0'));
/** Capacity search: the highest open-loop rate with p99 ≤ this many ms (0: off). */
const sloP99 = Number(arg('slo-p99', '0'));
const workers = Number(arg('workers', '1'));
/** Measured runs per query (after one warm-up each); with several, their median is printed too. */
const repeat = Math.max(1, Number(arg('repeat', '1')));
const port = Number(arg('port', '4400'));
/** Draw the random ids from the first N customers only (0 = all): shows the cost of a cold buffer pool. */
const idPool = Number(arg('id-pool', '0'));
/** Profile the gateway (open the .cpuprofile in Chrome DevTools): where its CPU time goes. */
const cpuProfileDir = arg('cpu-prof', '');
const databaseUrl = arg(
  'database-url',
  process.env['DATABASE_URL']?.startsWith('mysql://')
    ? process.env['DATABASE_URL']
    : 'mysql://root@127.0.0.1:3306/rapport_bench',
);
const secret = randomBytes(32).toString('hex');

const CUSTOMER_360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id firstName lastName email phone segment
    value { clv pAlive expectedPurchases expectedSpend updatedAt }
    consents { channel purpose status }
    identities(first: 10) { totalCount nodes { id source sourceKey email phone matchEvidence { score method } } }
    conversation { events(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id kind channel direction occurredAt summary sentiment amount } } } }
    recommendations(first: 3) { nodes { id rank priority reasons offer { id code name kind treatments { channel text } } } }
  }
}`;

const log = (message: string) => process.stdout.write(`${message}\n`);

async function ensureDatabase(): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/';
  const admin = await createConnection(url.toString());
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
}

/** Seeds with the CLI unless the database already holds exactly N customers; adds 3 recommendations each. */
async function prepareData(): Promise<string[]> {
  let dataSource = await openDatabase(resolveDatabaseConfig({ DATABASE_URL: databaseUrl }));
  if ((await dataSource.manager.count(CustomerEntity)) !== customers) {
    await dataSource.destroy();
    log(`seeding ${customers} customers (rapport seed)…`);
    const seed = spawnSync(
      process.execPath,
      // No identity block keys: no benchmarked query reads them, and they double the seed's time.
      [join(root, 'bin/rapport'), 'seed', '--customers', String(customers), '--reset', '--no-block-keys'],
      {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
    if (seed.status !== 0) throw new Error('seeding failed');
    dataSource = await openDatabase(resolveDatabaseConfig({ DATABASE_URL: databaseUrl }));
  }
  const activeOffers = await enlargeCatalog(dataSource, offers);
  log(`${activeOffers} active offers`);
  const ids = (await dataSource.query('SELECT id FROM customers')) as Array<{ id: string }>;
  if ((await dataSource.manager.countBy(BatchDecisionEntity, { modelVersion: 'bench' })) < ids.length) {
    log('adding 3 current recommendations per customer…');
    await dataSource.query("DELETE FROM batch_decisions WHERE modelVersion = 'bench'");
    const offers = (
      await dataSource.manager.find(OfferEntity, { where: { status: 'active' }, order: { code: 'ASC' } })
    ).slice(0, 3);
    const now = new Date();
    const expires = new Date(now.getTime() + 365 * 86_400_000);
    // One batch row per customer, as `rapport refresh` writes them: a web decision with 3 offers.
    for (let start = 0; start < ids.length; start += 5000) {
      const rows = ids.slice(start, start + 5000).map(({ id }) =>
        Object.assign(new BatchDecisionEntity(), {
          customerId: id,
          id: toBatchDecisionsId(uuidV7()),
          batchRunId: null,
          modelVersion: 'bench',
          generatedAt: now,
          expiresAt: expires,
          decisions: {
            reasons: ['benchmark'],
            channels: [
              {
                channel: 'web',
                ranked: offers.map((offer, rank): PackedRecommendation => [
                  offer.id,
                  1 / (rank + 1),
                  0.1,
                  1,
                  offer.value,
                  offer.lever,
                  0,
                  [0],
                ]),
              },
            ],
          },
        }),
      );
      await dataSource.transaction((manager) => upsertBatchDecisions(manager, rows));
    }
  }
  await dataSource.destroy();
  return ids.map((r) => r.id);
}

async function startGateway(constantFile: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : []),
      '-r',
      'reflect-metadata',
      '-r',
      join(root, 'tools/scripts/register-ts.cjs'),
      join(root, 'apps/gateway/src/main.ts'),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RAPPORT_JWT_SECRET: secret,
        RAPPORT_BENCHMARK_CONSTANT_FILE: constantFile,
        RAPPORT_GATEWAY_WORKERS: String(workers),
      },
    },
  );
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the gateway did not become ready');
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) if (line.startsWith(name)) total += Number(line.split(' ').pop());
  return total;
}

interface RunResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  sqlPerRequest: number;
  diskReadsPerRequest: number;
  /** CPU seconds the gateway process used per 1000 requests. */
  gatewayCpuPer1000: number;
  /** The same for the database server (server-wide: other databases' work counts too). */
  databaseCpuPer1000: number;
  /** 1-minute load average at the end of the run (2 cores here: above 2 means queueing for CPU). */
  load: number;
  /** CPU seconds this process (the load generator) used per 1000 requests: it shares the machine. */
  loadCpuPer1000: number;
  /** Share of the machine's CPU (all cores) busy during the run, in %. */
  machineBusy: number;
}

/**
 * GraphQL operations the gateway answered, counted when the response is ready (so also those whose
 * client autocannon had already closed at the end of a run: their statements count too).
 */
const OPERATIONS = 'rapport_graphql_request_duration_seconds_count';

/** Waits until the gateway finished the requests still in flight when autocannon stopped. */
async function settled(): Promise<void> {
  let previous = -1;
  for (let i = 0; i < 100; i++) {
    const current = await metric(OPERATIONS);
    if (current === previous) return;
    previous = current;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Each figure's median over several runs of one query (runs minutes apart vary by ±20 % here). */
function medianRun(runs: readonly RunResult[]): RunResult {
  const median = (pick: (r: RunResult) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const keys = Object.keys(runs[0]) as Array<keyof RunResult>;
  return Object.fromEntries(keys.map((key) => [key, median((r) => r[key])])) as unknown as RunResult;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0;

async function run(
  body: () => string,
  seconds: number,
  token: string,
  pids: { gateway?: number; database?: number },
  rate: number,
): Promise<RunResult> {
  const bufferPoolReadsBefore = await innodbDiskReads();
  const statementsBefore = await metric('rapport_db_statements_total');
  const requestsBefore = await metric(OPERATIONS);
  const gatewayCpuBefore = cpuSecondsWithChildren(pids.gateway);
  const databaseCpuBefore = cpuSeconds(pids.database);
  const loadCpuBefore = process.cpuUsage();
  const machineBefore = machineCpuTicks();
  const { completed, errors, non2xx, latencies } =
    rate > 0 ? await openLoop(body, seconds, token, rate) : await closedLoop(body, seconds, token);
  const loadCpu = process.cpuUsage(loadCpuBefore);
  const machineAfter = machineCpuTicks();
  await settled();
  const gatewayCpu = cpuSecondsWithChildren(pids.gateway) - gatewayCpuBefore;
  const databaseCpu = cpuSeconds(pids.database) - databaseCpuBefore;
  const statements = (await metric('rapport_db_statements_total')) - statementsBefore;
  const requests = (await metric(OPERATIONS)) - requestsBefore;
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: completed,
    reqPerSec: completed / seconds,
    p50: round(quantile(latencies, 0.5)),
    p95: round(quantile(latencies, 0.95)),
    p99: round(quantile(latencies, 0.99)),
    errors,
    non2xx,
    sqlPerRequest: requests > 0 ? statements / requests : 0,
    diskReadsPerRequest: requests > 0 ? ((await innodbDiskReads()) - bufferPoolReadsBefore) / requests : 0,
    gatewayCpuPer1000: requests > 0 ? (gatewayCpu / requests) * 1000 : 0,
    databaseCpuPer1000: requests > 0 ? (databaseCpu / requests) * 1000 : 0,
    load: loadavg()[0],
    loadCpuPer1000: requests > 0 ? ((loadCpu.user + loadCpu.system) / 1e6 / requests) * 1000 : 0,
    machineBusy: (100 * (machineAfter.busy - machineBefore.busy)) / (machineAfter.total - machineBefore.total),
  };
}

const requestHeaders = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** autocannon: each connection sends its next request when the last one is answered. */
async function closedLoop(body: () => string, seconds: number, token: string) {
  // Without a callback autocannon returns its tracker, an EventEmitter that is also a promise of the result.
  const instance = autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: requestHeaders(token),
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  }) as unknown as Promise<autocannon.Result> & EventEmitter;
  // autocannon reports p97.5 but no p95: keep every latency and take the percentiles here.
  const latencies: number[] = [];
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  return { completed: result.requests.total, errors: result.errors, non2xx: result.non2xx, latencies };
}

/** --rate: requests at even intervals, latencies from when each was due (see runOpenLoop). */
function openLoop(body: () => string, seconds: number, token: string, rate: number) {
  return runOpenLoop({
    url: `http://127.0.0.1:${port}/graphql`,
    headers: requestHeaders(token),
    body,
    rate,
    seconds,
    connections,
  });
}

/**
 * Removes the recommendations and impressions earlier nextBestActions runs recorded, so every run
 * decides over the same history (each decision adds impressions that contact policies then read).
 */
async function forgetRealtimeDecisions(): Promise<void> {
  const connection = await createConnection(databaseUrl);
  await connection.query(
    "DELETE i FROM interactions i JOIN recommendations r ON r.id = i.recommendationId WHERE r.source = 'realtime'",
  );
  await connection.query("DELETE FROM recommendations WHERE source = 'realtime'");
  await connection.end();
}

/** InnoDB pages read from disk (buffer-pool misses) so far. */
async function innodbDiskReads(): Promise<number> {
  const connection = await createConnection(databaseUrl);
  const [rows] = await connection.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'");
  await connection.end();
  return Number((rows as Array<{ Value: string }>)[0]?.Value ?? 0);
}

const CUSTOMER_360_QUERY_NAME = 'customer 360';
/** With the explanation: every dropped offer, which is most of a 500-offer catalog. */
const NBA_QUERY =
  'query Nba($id: ID!) { nextBestActions(customerId: $id, channel: WEB, limit: 3) { id recommendations { id rank priority offer { code } } suppressed { stage } } }';
/** What an agent desktop asks for: the actions only. */
const NBA_LEAN_QUERY =
  'query Nba($id: ID!) { nextBestActions(customerId: $id, channel: WEB, limit: 3) { id recommendations { id rank priority reasons offer { code name } } } }';

async function main(): Promise<void> {
  if (!databaseUrl.startsWith('mysql://'))
    throw new Error('the gateway benchmark runs on MySQL/MariaDB: pass --database-url mysql://…');
  await ensureDatabase();
  const ids = await prepareData();
  log(`${ids.length} customers ready`);
  const constantFile = join(mkdtempSync(join(tmpdir(), 'rapport-bench-')), 'customer-360.json');
  writeFileSync(constantFile, 'null');
  const gateway = await startGateway(constantFile);
  const pids = { gateway: gateway.pid, database: findDatabaseServerPid() };
  try {
    const token = jwt.sign({ role: 'agent' }, secret, {
      algorithm: 'HS256',
      issuer: 'rapport',
      subject: 'bench',
      expiresIn: 3600,
    });
    const ask = async (query: string, variables?: Record<string, unknown>) =>
      (await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json())) as { data?: Record<string, unknown>; errors?: unknown[] };
    const pool = idPool > 0 ? ids.slice(0, idPool) : ids;
    const randomId = () => pool[Math.floor(Math.random() * pool.length)];
    const results: Array<[string, RunResult]> = [];
    /**
     * --slo-p99: one open-loop probe per rate (warm-up at that rate, then the measured run), the
     * rate doubling from --rate while p99 stays within the goal, then bisected between the last
     * rate that met it and the first that did not until they are within 10 %.
     */
    const findCapacity = async (name: string, body: () => string, before: () => Promise<void>) => {
      const probes: Array<[string, RunResult]> = [];
      const probe = async (r: number) => {
        await before();
        log(`${name} at ${r} requests/s: warm-up ${warmup} s, then ${duration} s…`);
        await run(body, warmup, token, pids, r);
        const result = await run(body, duration, token, pids, r);
        // The open loop waits for every request it sent, so one that fell behind shows in p99.
        const met = result.p99 <= sloP99 && result.errors + result.non2xx === 0;
        probes.push([`${name} @${r}/s${met ? '' : ' ✗'}`, result]);
        log(`  p50 ${result.p50} ms, p99 ${result.p99} ms: ${met ? 'meets' : 'misses'} p99 ≤ ${sloP99} ms`);
        return met ? result : null;
      };
      const lowest = rate > 0 ? rate : 250;
      let good: { rate: number; result: RunResult } | null = null;
      let bad = 0;
      for (let r = lowest; !bad && r <= 16_000; r *= 2) {
        const result = await probe(r);
        if (result) good = { rate: r, result };
        else bad = r;
      }
      while (good && bad && (bad - good.rate) / good.rate > 0.1) {
        const r = Math.round((good.rate + bad) / 2);
        const result = await probe(r);
        if (result) good = { rate: r, result };
        else bad = r;
      }
      return { probes, best: good?.result ?? null, lowest };
    };
    /** Warm-up, then `repeat` runs (each after `before`), and their median when there are several. */
    const measure = async (name: string, body: () => string, before: () => Promise<void> = async () => undefined) => {
      if (sloP99 > 0) {
        const capacity = await findCapacity(name, body, before);
        results.push(...capacity.probes);
        if (capacity.best) results.push([`${name} capacity`, capacity.best]);
        else log(`${name}: p99 above ${sloP99} ms even at ${capacity.lowest} requests/s`);
        return;
      }
      const runs: RunResult[] = [];
      for (let k = 0; k < repeat; k++) {
        await before();
        log(
          `warm-up ${warmup} s, then ${name}${repeat > 1 ? ` #${k + 1}` : ''}: ${connections} connections, ${duration} s…`,
        );
        await run(body, warmup, token, pids, rate);
        runs.push(await run(body, duration, token, pids, rate));
      }
      if (repeat === 1) results.push([name, runs[0]]);
      else {
        runs.forEach((r, k) => results.push([`${name} #${k + 1}`, r]));
        results.push([`${name} median`, medianRun(runs)]);
      }
    };

    if (scenarios.includes('customer360') || scenarios.includes('constant')) {
      // The constant answer is a real customer-360 response (the resolver reads the file on first use).
      const sample = await ask(CUSTOMER_360, { id: ids[Math.floor(ids.length / 2)] });
      if (sample.errors) throw new Error(`customer 360 failed: ${JSON.stringify(sample.errors)}`);
      writeFileSync(constantFile, JSON.stringify(sample.data));
      const constant = await ask('{ benchmarkConstant }');
      log(
        `response sizes: customer 360 ${JSON.stringify(sample).length} bytes, constant ${JSON.stringify(constant).length} bytes`,
      );
    }
    if (scenarios.includes('customer360'))
      await measure(CUSTOMER_360_QUERY_NAME, () =>
        JSON.stringify({ query: CUSTOMER_360, variables: { id: randomId() } }),
      );
    if (scenarios.includes('constant')) {
      const constantBody = JSON.stringify({ query: '{ benchmarkConstant }' });
      await measure('constant', () => constantBody);
    }
    // Real-time decisions (issue 6): each request decides over the active catalog and records
    // its recommendations and impressions.
    for (const [scenario, query] of [
      ['nba', NBA_QUERY],
      ['nba-lean', NBA_LEAN_QUERY],
    ] as const) {
      if (!scenarios.includes(scenario)) continue;
      const sample = await ask(query, { id: pool[0] });
      if (sample.errors) throw new Error(`nextBestActions failed: ${JSON.stringify(sample.errors)}`);
      // Every run decides over the same history (each decision adds impressions policies read).
      await measure(scenario, () => JSON.stringify({ query, variables: { id: randomId() } }), forgetRealtimeDecisions);
    }

    const columns: Array<[string, (r: RunResult) => string]> = [
      ['req/s', (r) => r.reqPerSec.toFixed(0)],
      ['p50 ms', (r) => r.p50.toFixed(1)],
      ['p95 ms', (r) => r.p95.toFixed(1)],
      ['p99 ms', (r) => r.p99.toFixed(1)],
      ['SQL/req', (r) => r.sqlPerRequest.toFixed(2)],
      ['disk rd/req', (r) => r.diskReadsPerRequest.toFixed(2)],
      ['gw CPU s/1k', (r) => r.gatewayCpuPer1000.toFixed(3)],
      ['db CPU s/1k', (r) => r.databaseCpuPer1000.toFixed(3)],
      ['load CPU s/1k', (r) => r.loadCpuPer1000.toFixed(3)],
      ['busy %', (r) => r.machineBusy.toFixed(0)],
      ['load', (r) => r.load.toFixed(2)],
      ['errors', (r) => String(r.errors + r.non2xx)],
    ];
    log('');
    log(
      `gateway benchmark — ${ids.length} customers (ids drawn from ${pool.length}), ${offers} active offers, on ${new URL(databaseUrl).host}, ${workers} gateway process${workers > 1 ? 'es' : ''}, ${connections} connections${rate > 0 && !sloP99 ? ` at ${rate} requests/s` : ''}, ${duration} s per query`,
    );
    log(['query'.padEnd(20), ...columns.map(([title]) => title.padStart(13))].join(' '));
    for (const [name, r] of results)
      log([name.padEnd(20), ...columns.map(([, cell]) => cell(r).padStart(13))].join(' '));
    const c360 = results.find(([name]) => name === CUSTOMER_360_QUERY_NAME)?.[1];
    const constantRun = results.find(([name]) => name === 'constant')?.[1];
    if (c360 && constantRun)
      log(`ratio customer360 / constant (req/s): ${(c360.reqPerSec / constantRun.reqPerSec).toFixed(2)}`);
    log('disk rd/req: InnoDB buffer-pool misses per request; db CPU: the whole server (other databases add noise)');
    log('load CPU: this process, the load generator, which shares the machine; busy %: all cores, whole machine');
    log('load: 1-minute load average at the end of the run (2 cores: above 2, processes queue for CPU)');
    if (rate > 0 || sloP99 > 0) log('open loop: latencies count from when each request was due');
    if (sloP99 > 0)
      log(`capacity: the highest rate probed whose p99 ≤ ${sloP99} ms, with every request answered (✗: missed)`);
    log(
      JSON.stringify({
        customers: ids.length,
        offers,
        idPool: pool.length,
        connections,
        rate,
        sloP99,
        workers,
        repeat,
        durationSeconds: duration,
        ...Object.fromEntries(results),
      }),
    );
  } finally {
    gateway.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
