/**
 * Incremental identity resolution against MariaDB: seeds (or reuses) N resolved demo customers
 * with their identities and identity_block_keys, loads (or trains and stores) the resolver's
 * model, then resolves new records one by one through `resolveAndLinkRecord` and prints the
 * per-record latency (p50/p99, commit excluded) and throughput (commits included).
 *
 *   npm run bench -- identity-db [--customers 100000] [--records 2000] [--database rapport_bench_identity]
 *                                [--server mysql://root@127.0.0.1:3306] [--reuse]
 *
 * The records are half re-appearances of seeded people under a new source (their seeded
 * customer is the right answer) and half people the database has never seen (several
 * records each, so later ones link to earlier ones).
 */
import 'reflect-metadata';
import {
  createDataSource,
  CustomerEntity,
  IdentityEntity,
  loadIdentityResolver,
  resolveAndLinkRecord,
  sourceRecordOfIdentity,
} from '@rapport/data-access';
import { type SourceRecord } from '@rapport/identity-resolution';
import { SeededRandom } from '@rapport/shared-util';
import { createConnection } from 'mysql2/promise';
import { seedDemoData } from '../../../apps/worker/src/jobs/seed-demo-data.job';
import { generateDemoData } from '../../../apps/worker/src/seed/demo-data-generator';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (args.includes('--help')) {
  console.log(
    'npm run bench -- identity-db [--customers N (default 100000)] [--records 2000] [--database NAME] [--server mysql://root@127.0.0.1:3306] [--reuse]',
  );
  process.exit(0);
}
const CUSTOMERS = Number(flag('customers', '100000'));
const RECORDS = Number(flag('records', '2000'));
const SERVER = flag('server', 'mysql://root@127.0.0.1:3306');
const DATABASE = flag('database', 'rapport_bench_identity');
const REUSE = args.includes('--reuse');
const AS_OF = new Date('2026-11-01T00:00:00Z');

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const admin = await createConnection(SERVER);
  if (!REUSE) await admin.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const dataSource = createDataSource({ kind: 'mysql', url: `${SERVER}/${DATABASE}` });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const existing = await dataSource.manager.count(CustomerEntity);
    let t = Date.now();
    if (existing === 0) {
      const seeded = await seedDemoData(dataSource, { customers: CUSTOMERS, seed: 1, asOf: AS_OF });
      console.log(
        `seeded ${seeded.customers} customers, ${seeded.identities} identities, ${seeded.blockKeys} block keys in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
    } else console.log(`reusing ${existing} customers in ${DATABASE}`);

    t = Date.now();
    const { resolver, origin } = await loadIdentityResolver(dataSource.manager);
    console.log(`model: ${origin} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // Known people: seeded identities re-sent by a new source (answer: their customer).
    const rng = new SeededRandom(99);
    const half = Math.floor(RECORDS / 2);
    const total = await dataSource.manager.count(IdentityEntity);
    // One contiguous slice from a random offset: a single query instead of `half` deep OFFSETs.
    const rows = await dataSource.manager.find(IdentityEntity, {
      order: { id: 'ASC' },
      skip: rng.int(0, Math.max(0, total - half)),
      take: half,
    });
    const stamp = Date.now().toString(36);
    const known = rows.map((row, i) => ({
      record: { ...sourceRecordOfIdentity(row), source: 'bench', sourceId: `known-${stamp}-${i}` },
      customerId: row.customerId,
    }));
    // Unknown people: demo people beyond the seeded range, with a different seed.
    const unseen: SourceRecord[] = [];
    for (const chunk of generateDemoData({
      customers: RECORDS,
      seed: 2,
      asOf: AS_OF,
      startIndex: existing + CUSTOMERS,
    })) {
      for (const identity of chunk.identities)
        unseen.push({ ...sourceRecordOfIdentity(identity), sourceId: `new-${stamp}-${identity.sourceKey}` });
      if (unseen.length >= RECORDS - half) break;
    }
    const work = [
      ...known.map((k) => ({ record: k.record, expected: k.customerId })),
      ...unseen.slice(0, RECORDS - half).map((record) => ({ record, expected: null })),
    ];
    for (let i = work.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [work[i], work[j]] = [work[j], work[i]];
    }

    const latenciesMs: number[] = [];
    const outcomes: Record<string, number> = {};
    let knownRight = 0;
    const started = process.hrtime.bigint();
    for (let start = 0; start < work.length; start += 100) {
      await dataSource.transaction(async (manager) => {
        for (const item of work.slice(start, start + 100)) {
          const t0 = process.hrtime.bigint();
          const result = await resolveAndLinkRecord(manager, item.record, { resolver });
          latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
          outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
          if (item.expected !== null && result.customerId === item.expected) knownRight++;
        }
      });
    }
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const sorted = [...latenciesMs].sort((a, b) => a - b);
    console.log(
      `resolveAndLinkRecord × ${work.length} against ${existing || CUSTOMERS} customers: p50 ${percentile(sorted, 50).toFixed(2)} ms, p90 ${percentile(sorted, 90).toFixed(2)} ms, ` +
        `p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms; ${((work.length / wallMs) * 1000).toFixed(0)} records/s with commits`,
    );
    console.log(`outcomes ${JSON.stringify(outcomes)}; known people linked to their customer: ${knownRight}/${half}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
