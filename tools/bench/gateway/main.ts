// npm run bench -- gateway [--customers N] [--duration S] [--connections C] [--database-url URL] [--port P]
// Seeds N customers (default 100,000) on MariaDB/MySQL with `rapport seed`, adds 3 current
// recommendations per customer, starts the gateway as its own process (production mode), then
// runs autocannon against (1) the customer-360 query with random customer ids and (2) a
// constant-resolver query answering a response of the same size. Prints req/s, p50/p99,
// SQL statements per request (from the gateway's /metrics) and the ratio customer360 / constant.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import jwt from 'jsonwebtoken';
import { createConnection } from 'mysql2/promise';
import {
  bulkInsert,
  CustomerEntity,
  OfferEntity,
  openDatabase,
  RecommendationEntity,
  resolveDatabaseConfig,
} from '@rapport/data-access';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (process.argv.includes('--help')) {
  process.stdout.write(
    'options: --customers N (default 100000) --duration S (default 20) --connections C (default 50) --warmup S (default 3)\n' +
      '         --database-url mysql://… (default mysql://root@127.0.0.1:3306/rapport_bench; created if missing) --port P (default 4400)\n' +
      '         --id-pool N (draw customer ids from the first N only; default all)\n',
  );
  process.exit(0);
}

const root = resolve(__dirname, '..', '..', '..');
const customers = Number(arg('customers', '100000'));
const duration = Number(arg('duration', '20'));
const connections = Number(arg('connections', '50'));
const warmup = Number(arg('warmup', '3'));
const port = Number(arg('port', '4400'));
/** Draw the random ids from the first N customers only (0 = all): shows the cost of a cold buffer pool. */
const idPool = Number(arg('id-pool', '0'));
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
      [join(root, 'bin/rapport'), 'seed', '--customers', String(customers), '--reset'],
      {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
    if (seed.status !== 0) throw new Error('seeding failed');
    dataSource = await openDatabase(resolveDatabaseConfig({ DATABASE_URL: databaseUrl }));
  }
  const ids = (await dataSource.query('SELECT id FROM customers')) as Array<{ id: string }>;
  if ((await dataSource.manager.countBy(RecommendationEntity, { modelVersion: 'bench' })) < ids.length * 3) {
    log('adding 3 current recommendations per customer…');
    await dataSource.query("DELETE FROM recommendations WHERE modelVersion = 'bench'");
    const offers = (
      await dataSource.manager.find(OfferEntity, { where: { status: 'active' }, order: { code: 'ASC' } })
    ).slice(0, 3);
    const now = new Date();
    const expires = new Date(now.getTime() + 365 * 86_400_000);
    for (let start = 0; start < ids.length; start += 5000) {
      const rows = ids.slice(start, start + 5000).flatMap(({ id }, i) =>
        offers.map((offer, rank) => ({
          id: `bench-${start + i}-${rank}`.padEnd(36, '0').slice(0, 36),
          customerId: id,
          offerId: offer.id,
          channel: 'web',
          decisionId: `bench-decision-${start + i}`.slice(0, 36),
          rank: rank + 1,
          priority: 1 / (rank + 1),
          propensity: 0.1,
          contextWeight: 1,
          value: offer.value,
          lever: offer.lever,
          reasons: ['benchmark'],
          modelVersion: 'bench',
          source: 'batch' as const,
          batchRunId: null,
          control: false,
          generatedAt: now,
          expiresAt: expires,
          outcome: null,
          outcomeAt: null,
        })),
      );
      await dataSource.transaction((manager) => bulkInsert(manager, RecommendationEntity, rows));
    }
  }
  await dataSource.destroy();
  return ids.map((r) => r.id);
}

async function startGateway(constantFile: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
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
  p99: number;
  errors: number;
  non2xx: number;
  sqlPerRequest: number;
  diskReadsPerRequest: number;
}

async function run(title: string, body: () => string, seconds: number, token: string): Promise<RunResult> {
  const bufferPoolReadsBefore = await innodbDiskReads();
  const statementsBefore = await metric('rapport_db_statements_total');
  const requestsBefore = await metric('rapport_http_requests_total{route="/graphql"');
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  const statements = (await metric('rapport_db_statements_total')) - statementsBefore;
  const requests = (await metric('rapport_http_requests_total{route="/graphql"')) - requestsBefore;
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    sqlPerRequest: requests > 0 ? statements / requests : 0,
    diskReadsPerRequest: requests > 0 ? ((await innodbDiskReads()) - bufferPoolReadsBefore) / requests : 0,
  };
}

/** InnoDB pages read from disk (buffer-pool misses) so far. */
async function innodbDiskReads(): Promise<number> {
  const connection = await createConnection(databaseUrl);
  const [rows] = await connection.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'");
  await connection.end();
  return Number((rows as Array<{ Value: string }>)[0]?.Value ?? 0);
}

async function main(): Promise<void> {
  if (!databaseUrl.startsWith('mysql://'))
    throw new Error('the gateway benchmark runs on MySQL/MariaDB: pass --database-url mysql://…');
  await ensureDatabase();
  const ids = await prepareData();
  log(`${ids.length} customers ready`);
  const constantFile = join(mkdtempSync(join(tmpdir(), 'rapport-bench-')), 'customer-360.json');
  writeFileSync(constantFile, 'null');
  const gateway = await startGateway(constantFile);
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
    // The constant answer is a real customer-360 response (the resolver reads the file on first use).
    const sample = await ask(CUSTOMER_360, { id: ids[Math.floor(ids.length / 2)] });
    if (sample.errors) throw new Error(`customer 360 failed: ${JSON.stringify(sample.errors)}`);
    writeFileSync(constantFile, JSON.stringify(sample.data));
    const constant = await ask('{ benchmarkConstant }');
    const size360 = JSON.stringify(sample).length;
    const sizeConstant = JSON.stringify(constant).length;
    log(`response sizes: customer 360 ${size360} bytes, constant ${sizeConstant} bytes`);

    const pool = idPool > 0 ? ids.slice(0, idPool) : ids;
    const random360 = () =>
      JSON.stringify({ query: CUSTOMER_360, variables: { id: pool[Math.floor(Math.random() * pool.length)] } });
    const constantBody = JSON.stringify({ query: '{ benchmarkConstant }' });
    log(`warm-up ${warmup} s each…`);
    await run('warm-up', random360, warmup, token);
    await run('warm-up', () => constantBody, warmup, token);
    log(`customer 360: ${connections} connections, ${duration} s…`);
    const c360 = await run('customer 360', random360, duration, token);
    log(`constant: ${connections} connections, ${duration} s…`);
    const constantRun = await run('constant', () => constantBody, duration, token);
    // Real-time decisions (issue 6): each request decides over the active catalog and records
    // its recommendations and impressions.
    const nbaQuery =
      'query Nba($id: ID!) { nextBestActions(customerId: $id, channel: WEB, limit: 3) { id recommendations { id rank priority offer { code } } suppressed { stage } } }';
    const randomNba = () =>
      JSON.stringify({ query: nbaQuery, variables: { id: pool[Math.floor(Math.random() * pool.length)] } });
    const nbaSample = await ask(nbaQuery, { id: pool[0] });
    if (nbaSample.errors) throw new Error(`nextBestActions failed: ${JSON.stringify(nbaSample.errors)}`);
    log(`nextBestActions: ${connections} connections, ${duration} s…`);
    const nbaRun = await run('nextBestActions', randomNba, duration, token);

    const row = (name: string, r: RunResult) =>
      `${name.padEnd(14)} ${r.reqPerSec.toFixed(0).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${r.sqlPerRequest.toFixed(2).padStart(8)} ${r.diskReadsPerRequest.toFixed(2).padStart(11)} ${String(r.errors + r.non2xx).padStart(7)}`;
    log('');
    log(
      `gateway benchmark — ${ids.length} customers (ids drawn from ${pool.length}) on ${new URL(databaseUrl).host}, ${connections} connections, ${duration} s per query`,
    );
    log(
      `${'query'.padEnd(14)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'SQL/req'.padStart(8)} ${'disk rd/req'.padStart(11)} ${'errors'.padStart(7)}`,
    );
    log(row('customer 360', c360));
    log(row('constant', constantRun));
    log(row('nextBestAct.', nbaRun));
    log(`ratio customer360 / constant (req/s): ${(c360.reqPerSec / constantRun.reqPerSec).toFixed(2)}`);
    log('disk rd/req: InnoDB buffer-pool misses per request (server-wide: other databases add noise)');
    log(
      JSON.stringify({
        customers: ids.length,
        idPool: pool.length,
        connections,
        durationSeconds: duration,
        customer360: c360,
        constant: constantRun,
        nextBestActions: nbaRun,
        ratio: c360.reqPerSec / constantRun.reqPerSec,
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
