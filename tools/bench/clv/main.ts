// npm run bench -- clv [--customers 1000000] [--runs 20] [--skip-pareto-large]
// Fit times on CDNOW and on simulated customers, scoring throughput and memory of @rapport/clv.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  purchaseModelOf,
  type RfmSummary,
  scoreCustomers,
  simulateBgNbdSummary,
} from '@rapport/clv';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(
    'usage: npm run bench -- clv [--customers N (default 1000000)] [--runs N (default 20)] [--skip-pareto-large]',
  );
  process.exit(0);
}
const option = (name: string, fallback: number): number => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const customers = option('--customers', 1_000_000);
const runs = option('--runs', 20);
const root = resolve(__dirname, '..', '..', '..');

function readCdnow(): RfmSummary {
  // The shared data set beside the repository, or the copy in the lib's fixtures on a fresh clone.
  const shared = resolve(root, '..', 'shared', 'data', 'cdnow', 'cdnow_customers_summary_with_transactions.csv');
  const file = existsSync(shared)
    ? shared
    : join(root, 'libs', 'clv', 'fixtures', 'cdnow_customers_summary_with_transactions.csv');
  const rows = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(1)
    .map((line) => line.split(',').map(Number));
  const column = (i: number): Float64Array => Float64Array.from(rows, (row) => row[i]);
  return { frequency: column(1), recency: column(2), T: column(3), monetaryValue: column(4) };
}

function timeMs<T>(work: () => T): { result: T; ms: number } {
  const started = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function repeat(label: string, times: number, work: () => { logLikelihood: number }): void {
  work(); // warm-up (JIT)
  const ms: number[] = [];
  let logLikelihood = 0;
  for (let i = 0; i < times; i++) {
    const run = timeMs(work);
    ms.push(run.ms);
    logLikelihood = run.result.logLikelihood;
  }
  console.log(
    `${label.padEnd(34)} median ${median(ms).toFixed(1).padStart(8)} ms  min ${Math.min(...ms)
      .toFixed(1)
      .padStart(8)} ms  (${times} runs, LL ${logLikelihood.toFixed(4)})`,
  );
}

const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

// Shared CI machines are often busy: print the load so the figures can be read in context.
console.log(
  `@rapport/clv benchmark (node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})\n`,
);
console.log('CDNOW, 2,357 customers (weeks); Python lifetimes: BG/NBD 0.18 s, Pareto/NBD 0.84 s, Gamma-Gamma 0.10 s');
const cdnow = readCdnow();
repeat('  BG/NBD fit', runs, () => fitBgNbd(cdnow, { unit: 'weeks' }));
repeat('  Pareto/NBD fit', Math.max(3, Math.round(runs / 4)), () => fitParetoNbd(cdnow, { unit: 'weeks' }));
repeat('  Gamma-Gamma fit (946 returning)', runs, () => fitGammaGamma(cdnow, { unit: 'weeks' }));

const truth = { r: 0.25, alpha: 28, a: 0.8, b: 2.5 };
const spend = { p: 6, q: 3.7, gamma: 15 };
console.log(
  `\nSimulated BG/NBD customers: ${customers.toLocaleString('en')} (whole days, T 275-365, r ${truth.r} α ${truth.alpha} a ${truth.a} b ${truth.b})`,
);
const simulated = timeMs(() =>
  simulateBgNbdSummary(truth, { customers, minT: 275, maxT: 365, seed: 'bench', wholeUnits: true, spend }),
);
const large = simulated.result;
console.log(`  simulation                       ${simulated.ms.toFixed(0).padStart(8)} ms`);
const bgNbd = timeMs(() => fitBgNbd(large, { unit: 'days' }));
const p = bgNbd.result.parameters;
console.log(
  `  BG/NBD fit                       ${bgNbd.ms.toFixed(0).padStart(8)} ms  (${bgNbd.result.uniqueRows.toLocaleString('en')} unique triples; r ${p.r.toFixed(4)} α ${p.alpha.toFixed(3)} a ${p.a.toFixed(4)} b ${p.b.toFixed(4)})`,
);
const gammaGamma = timeMs(() => fitGammaGamma(large, { unit: 'days' }));
const g = gammaGamma.result.parameters;
console.log(
  `  Gamma-Gamma fit                  ${gammaGamma.ms.toFixed(0).padStart(8)} ms  (${gammaGamma.result.customers.toLocaleString('en')} returning; p ${g.p.toFixed(3)} q ${g.q.toFixed(3)} γ ${g.gamma.toFixed(3)})`,
);
if (!args.includes('--skip-pareto-large')) {
  const pareto = timeMs(() => fitParetoNbd(large, { unit: 'days' }));
  const q = pareto.result.parameters;
  console.log(
    `  Pareto/NBD fit                   ${pareto.ms.toFixed(0).padStart(8)} ms  (r ${q.r.toFixed(4)} α ${q.alpha.toFixed(3)} s ${q.s.toFixed(4)} β ${q.beta.toFixed(3)})`,
  );
}

console.log('\nScoring (expected purchases 1 month, P(alive), Gamma-Gamma spend, 12-month CLV at 1 %/month, segments)');
const purchaseModel = purchaseModelOf(bgNbd.result);
const score = (summary: RfmSummary): number =>
  timeMs(() =>
    scoreCustomers(summary, {
      purchaseModel,
      spend: gammaGamma.result,
      unit: 'days',
      clvMonths: 12,
      monthlyDiscountRate: 0.01,
    }),
  ).ms;
score(large); // warm-up
const scoreMs = score(large);
console.log(
  `  ${customers.toLocaleString('en')} customers (whole days)    ${scoreMs.toFixed(0).padStart(8)} ms  ${((customers / scoreMs) * 1000).toFixed(0).padStart(10)} customers/s`,
);
// Worst case: continuous times, every customer its own triple (13 ₂F₁ evaluations each).
const distinctCount = Math.min(customers, 200_000);
const distinct = simulateBgNbdSummary(truth, {
  customers: distinctCount,
  minT: 275,
  maxT: 365,
  seed: 'bench-distinct',
  spend,
});
const distinctMs = score(distinct);
console.log(
  `  ${distinctCount.toLocaleString('en')} customers, all distinct   ${distinctMs.toFixed(0).padStart(8)} ms  ${((distinctCount / distinctMs) * 1000).toFixed(0).padStart(10)} customers/s`,
);

const memory = process.memoryUsage();
console.log(
  `\nMemory: rss ${megabytes(memory.rss)}, heap used ${megabytes(memory.heapUsed)}, array buffers ${megabytes(memory.arrayBuffers)}`,
);
