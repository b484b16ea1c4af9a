// npm run bench -- identity [--records N] [--febrl-dir DIR] [--incremental N] [--skip-febrl] [--skip-synthetic]
// FEBRL4 and FEBRL3 end to end, N synthetic multi-source records end to end, and incremental
// resolution of held-out records against the resolved ones (block-key index in memory, standing
// in for the identity_block_keys table, queried per key with a block-size cap).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  evaluateClusters,
  febrlPersonId,
  febrlRecords,
  generateCustomerRecords,
  type IncrementalCandidate,
  IncrementalResolver,
  resolveIdentities,
  type SourceRecord,
} from '@rapport/identity-resolution';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const has = (name: string): boolean => process.argv.includes(`--${name}`);

if (has('help')) {
  process.stdout.write(
    'options: --records N (synthetic records, default 100000; use 1000000 for the full figure) --incremental N (held-out records, default 2000)\n' +
      '         --febrl-dir DIR (default ../shared/data/febrl, else the lib fixtures) --skip-febrl --skip-synthetic --seed S\n',
  );
  process.exit(0);
}

const root = resolve(__dirname, '..', '..', '..');
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;
let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) collect();
};
function line(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(34)} ${text}\n`);
}

function febrl(dir: string, files: string[], unique: boolean): void {
  gc();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const records: SourceRecord[] = files.flatMap((f) => febrlRecords(readFileSync(join(dir, f), 'utf8'), { source: f }));
  const result = resolveIdentities(records, { clustering: { uniqueWithinSources: unique ? files : [] } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  sample();
  const e = evaluateClusters(result.customerIds, records.map((r) => febrlPersonId(r.sourceId)));
  line(
    `FEBRL ${files.join('+')}`,
    `${records.length} records in ${ms.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU (${((records.length / ms) * 1000).toFixed(0)} records/s), ` +
      `F1 ${e.f1.toFixed(4)} (P ${e.precision.toFixed(4)} R ${e.recall.toFixed(4)}), heap +${mb(process.memoryUsage().heapUsed - before.heapUsed)}, ` +
      `rss ${mb(process.memoryUsage().rss)}; ${JSON.stringify(result.timingsMs)}`,
  );
}

function synthetic(records: number, incremental: number, seed: number): void {
  gc();
  let t = process.hrtime.bigint();
  const data = generateCustomerRecords({ people: Math.max(10, Math.round(records / 2.65)), seed });
  const genMs = Number(process.hrtime.bigint() - t) / 1e6;
  sample();
  // Hold out every k-th record (records come person by person, so a tail would be whole people).
  const stride = incremental > 0 ? Math.max(2, Math.floor(data.records.length / incremental)) : Infinity;
  const heldOut: number[] = [];
  const existing: SourceRecord[] = [];
  const existingPeople: string[] = [];
  data.records.forEach((r, i) => {
    if (i % stride === stride - 1 && heldOut.length < incremental) heldOut.push(i);
    else {
      existing.push(r);
      existingPeople.push(data.personIds[i]);
    }
  });
  const held = heldOut.length;
  line('synthetic data', `${data.records.length} records of ${new Set(data.personIds).size} people generated in ${genMs.toFixed(0)} ms`);
  gc();
  t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = resolveIdentities(existing);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  sample();
  const e = evaluateClusters(result.customerIds, existingPeople);
  line(
    `synthetic ${existing.length} end to end`,
    `${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${((existing.length / ms) * 1000).toFixed(0)} records/s), ` +
      `F1 ${e.f1.toFixed(4)} (P ${e.precision.toFixed(4)} R ${e.recall.toFixed(4)}), ${result.blocking.candidatePairs} candidate pairs, ` +
      `rss ${mb(process.memoryUsage().rss)}`,
  );
  line('  phases (ms)', JSON.stringify(result.timingsMs));
  const oversized = result.blocking.rules.filter((r) => r.oversizedBlocks > 0).map((r) => `${r.rule}: ${r.oversizedBlocks} blocks/${r.oversizedRecords} records`);
  if (oversized.length > 0) line('  oversized blocks skipped', oversized.join('; '));
  if (held === 0) return;

  // Incremental: the block-key index stands in for identity_block_keys; candidates per key capped like a LIMIT.
  const resolver = new IncrementalResolver(result.model);
  t = process.hrtime.bigint();
  const index = new Map<string, number[]>();
  result.records.forEach((record, i) => {
    for (const key of resolver.blockKeysFor(record)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  line('block-key index', `${index.size} keys in ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);
  const resolveUs: number[] = [];
  const resolveCpuUs: number[] = [];
  const totalUs: number[] = [];
  let joined = 0;
  let correct = 0;
  let candidatesSeen = 0;
  const peopleOf = new Map<string, Set<string>>();
  result.customerIds.forEach((c, i) => peopleOf.set(c, (peopleOf.get(c) ?? new Set<string>()).add(existingPeople[i])));
  const known = new Set(existingPeople);
  for (const k of heldOut) {
    const start = process.hrtime.bigint();
    const record = resolver.normalise(data.records[k]);
    const ids = new Set<number>();
    // As the batch does, a key whose block outgrew maxBlockSize is skipped (the data layer can
    // keep a count per key); the others bring every identity they hold.
    for (const key of resolver.blockKeysFor(record)) {
      const block = index.get(key);
      if (block && block.length <= resolver.config.maxBlockSize) for (const i of block) ids.add(i);
    }
    const candidates: IncrementalCandidate[] = [...ids].map((i) => ({ customerId: result.customerIds[i], record: result.records[i] }));
    const cpu = process.cpuUsage();
    const mid = process.hrtime.bigint();
    const decision = resolver.resolve(record, candidates);
    const end = process.hrtime.bigint();
    const used = process.cpuUsage(cpu);
    resolveCpuUs.push(used.user + used.system);
    resolveUs.push(Number(end - mid) / 1000);
    const person = data.personIds[k];
    if (decision.customerId ? peopleOf.get(decision.customerId)?.has(person) : !known.has(person)) correct++;
    totalUs.push(Number(end - start) / 1000);
    candidatesSeen += candidates.length;
    if (decision.customerId) joined++;
  }
  const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  line(
    `incremental (${held} records)`,
    `resolve() wall p50 ${pct(resolveUs, 0.5).toFixed(0)} µs, p99 ${pct(resolveUs, 0.99).toFixed(0)} µs; CPU p50 ${pct(resolveCpuUs, 0.5).toFixed(0)} µs, ` +
      `p99 ${pct(resolveCpuUs, 0.99).toFixed(0)} µs; with normalise + key lookup p50 ${pct(totalUs, 0.5).toFixed(0)} µs, p99 ${pct(totalUs, 0.99).toFixed(0)} µs; ` +
      `${(candidatesSeen / held).toFixed(1)} candidates/record, ${joined} joined a customer, ${correct}/${held} placed correctly`,
  );
}

const febrlDir = [arg('febrl-dir', join(root, '..', 'shared', 'data', 'febrl')), join(root, 'libs', 'identity-resolution', 'fixtures')].find((d) =>
  existsSync(join(d, 'dataset4a.csv')),
);
if (!has('skip-febrl') && febrlDir) {
  febrl(febrlDir, ['dataset4a.csv', 'dataset4b.csv'], true); // warm-up run (JIT), reported too
  febrl(febrlDir, ['dataset4a.csv', 'dataset4b.csv'], true);
  febrl(febrlDir, ['dataset3.csv'], false);
}
if (!has('skip-synthetic')) synthetic(Number(arg('records', '100000')), Number(arg('incremental', '2000')), Number(arg('seed', '7')));
line('peak rss', mb(peakRss));
