// npm run bench -- decisioning [--offers 500] [--decisions 20000] [--limit 3] [--only explain|counts|batch|worker]
// In-process decision throughput and latency for one customer against a catalog of active offers.
import {
  type ConsentRecord,
  type ContactPolicy,
  type ConversationEventInput,
  type InteractionRecord,
  type OfferDefinition,
  type OfferGroupDefinition,
  type OfferKind,
  PropensityStore,
  compileCatalog,
  createDecisionEngine,
} from '@rapport/decisioning';
import { MS_PER_DAY, SeededRandom } from '@rapport/shared-util';
import { loadavg } from 'node:os';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
if (process.argv.includes('--help')) {
  console.log('usage: npm run bench -- decisioning [--offers 500] [--decisions 20000] [--limit 3] [--only explain|counts|batch|worker]');
  process.exit(0);
}
const offerCount = arg('offers', 500);
const decisions = arg('decisions', 20_000);
const limit = arg('limit', 3);
// One configuration alone, as a process that only runs it sees it: after other modes, V8 has
// compiled the shared code for all of them, which costs the batch configuration ~10 %.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const random = new SeededRandom('bench-decisioning');
const CHANNELS = ['web', 'app', 'email', 'call_center', 'sms', 'whatsapp'];
const KINDS: Array<[OfferKind, string, string[]]> = [
  ['sales', 'Sales', ['Cards', 'Loans', 'Insurance', 'Savings']],
  ['retention', 'Retention', ['Saves', 'Loyalty']],
  ['service', 'Service', ['Complaints', 'Onboarding']],
  ['education', 'Education', ['Tips']],
];

// A catalog shaped like a real one: most offers on most channels, a third with their own rules.
const offers: OfferDefinition[] = [];
for (let i = 0; i < offerCount; i++) {
  const [kind, issue, groups] = KINDS[i % 10 < 6 ? 0 : i % 10 < 8 ? 1 : i % 10 < 9 ? 2 : 3];
  const channels = CHANNELS.filter(() => random.chance(0.8));
  if (!channels.includes('web')) channels.push('web');
  const rule = i % 3;
  offers.push({
    id: `offer-${i}`,
    code: `OFFER_${i}`,
    name: `Offer ${i}`,
    kind,
    issue,
    groupName: groups[i % groups.length],
    channels,
    treatments: Object.fromEntries(channels.map((c) => [c, `Treatment ${i} on ${c}`])),
    value: 10 + random.int(0, 200),
    lever: random.pick([0.8, 1, 1, 1.2]),
    eligibility: rule === 0 ? { '>=': [{ var: 'customer.attributes.age' }, 18 + (i % 30)] } : null,
    applicability: rule === 1 ? { in: [{ var: 'customer.segment' }, ['champions', 'loyal', 'at_risk']] } : null,
    suitability: rule === 2 ? { '<': [{ var: 'conversation.outboundLast7Days' }, 5] } : null,
    validFrom: Date.UTC(2025, 0, 1),
    validTo: Date.UTC(2030, 0, 1),
  });
}
const groups: OfferGroupDefinition[] = [
  { issue: 'Sales', groupName: 'Cards', suitability: { '!': { var: 'conversation.hasOpenComplaint' } } },
  { issue: 'Sales', groupName: 'Loans', eligibility: { '>=': [{ var: 'customer.clv' }, 100] } },
];
const policies: ContactPolicy[] = [
  { id: 'impressions', name: '3 in 7', appliesTo: { issues: ['Sales'] }, outcomes: ['impression'], count: 3, windowDays: 7, pauseDays: 10, countBy: 'offer', channel: 'any' },
  { id: 'rejects', name: '2 rejects', outcomes: ['rejected'], count: 2, windowDays: 15, pauseDays: 30, countBy: 'offer', channel: 'any' },
  { id: 'complaint', name: 'complaint silence', appliesTo: { kinds: ['sales'] }, outcomes: ['complained'], count: 1, windowDays: 14, pauseDays: 14, countBy: 'customer', channel: 'any' },
];
const catalog = compileCatalog(offers, groups);
const store = new PropensityStore();
// Warm models: some evidence on every offer, so most draws take the fast path a live system would.
for (const offer of offers) {
  const n = random.int(0, 400);
  for (let k = 0; k < n; k++) store.update({ offerId: offer.id, channel: 'web', segment: 'loyal', outcome: random.chance(0.05) ? 'accepted' : 'ignored' });
}
const engineConfig = { catalog, propensities: store, contactPolicies: policies, outboundCaps: [{ id: 'email', name: 'email', channel: 'email', max: 1, periodDays: 7 }] };
const engine = createDecisionEngine({ ...engineConfig, random: new SeededRandom(1) });
// The batch worker's configuration (apps/worker BATCH_ENGINE_OPTIONS): no selection probabilities.
const batchEngine = createDecisionEngine({ ...engineConfig, selectionSamples: 0, random: new SeededRandom(1) });

const now = Date.UTC(2026, 5, 1);
const events: ConversationEventInput[] = Array.from({ length: 30 }, (_, k) => ({
  channel: random.pick(CHANNELS),
  direction: random.chance(0.5) ? 'inbound' : 'outbound',
  kind: random.pick(['purchase', 'inquiry', 'page_view', 'message', 'offer_presented']),
  occurredAt: now - (30 - k) * 3 * MS_PER_DAY,
  sentiment: random.chance(0.5) ? random.next() * 2 - 1 : null,
}));
const interactions: InteractionRecord[] = Array.from({ length: 60 }, (_, k) => ({
  offerId: `offer-${random.int(0, offerCount - 1)}`,
  channel: random.pick(CHANNELS),
  outcome: random.pick(['impression', 'impression', 'impression', 'rejected', 'ignored', 'accepted'] as const),
  occurredAt: now - (60 - k) * MS_PER_DAY,
}));
const consents: ConsentRecord[] = CHANNELS.map((channel) => ({ channel, purpose: 'marketing', status: 'granted' }));
const customer = { id: 'bench-customer', segment: 'loyal', clv: 1800, pAlive: 0.7, expectedPurchases: 3, attributes: { age: 35 } };

function run(label: string, explain: boolean, n: number, decider = engine): void {
  const latencies = new Float64Array(n);
  let recommended = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    const decision = decider.decide({ customer, channel: 'web', now, limit, events, interactions, consents, explain });
    latencies[k] = performance.now() - t;
    recommended += decision.recommendations.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort();
  const q = (p: number): string => (latencies[Math.min(n - 1, Math.floor(p * n))] * 1000).toFixed(1);
  console.log(
    `${label.padEnd(42)} ${String(Math.round(n / seconds)).padStart(7)} decisions/s (wall)  ${String(Math.round(n / cpuSeconds)).padStart(7)} per CPU-second   p50 ${q(0.5)} µs   p99 ${q(0.99)} µs   (${(recommended / n).toFixed(1)} recommendations each)`,
  );
}

/**
 * What the refresh worker does per customer: outbound decisions on its four channels in one
 * decideChannels call (history derived once), outbound caps in force. Figures per decision.
 */
function runWorker(n: number): void {
  const channels = ['email', 'sms', 'app', 'whatsapp'];
  const customers = Math.ceil(n / channels.length);
  const latencies = new Float64Array(customers);
  let recommended = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let k = 0; k < customers; k++) {
    const t = performance.now();
    const decided = batchEngine.decideChannels({ customer, direction: 'outbound', now, limit, events, interactions, consents, explain: false }, channels);
    latencies[k] = (performance.now() - t) / channels.length;
    for (const decision of decided) recommended += decision.recommendations.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const count = customers * channels.length;
  latencies.sort();
  const q = (p: number): string => (latencies[Math.min(customers - 1, Math.floor(p * customers))] * 1000).toFixed(1);
  console.log(
    `${'worker (decideChannels × 4 outbound, caps)'.padEnd(42)} ${String(Math.round(count / seconds)).padStart(7)} decisions/s (wall)  ${String(Math.round(count / ((cpu.user + cpu.system) / 1e6))).padStart(7)} per CPU-second   p50 ${q(0.5)} µs   p99 ${q(0.99)} µs   (${(recommended / count).toFixed(1)} recommendations each; latency per customer ÷ 4)`,
  );
}

const candidates = catalog.byChannel.get('web')?.length ?? 0;
// Calibration: the same loop takes about 100 ms on an idle modern core; scale the figures by it.
const calibrationStart = performance.now();
let calibration = 0;
for (let k = 0; k < 1e8; k++) calibration += k & 7;
console.log(`calibration: 1e8 integer adds took ${(performance.now() - calibrationStart).toFixed(0)} ms (≈ 100 ms on an idle core)${calibration < 0 ? '' : ''}`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine (other processes share the cores: compare wall with CPU-second figures)`);
console.log(`decisioning in process: ${offerCount} active offers (${candidates} on web), ${events.length} events, ${interactions.length} interactions, limit ${limit}, node ${process.version}`);
const modes: Record<string, () => void> = {
  explain: () => run('full explanation (gateway)', true, decisions),
  counts: () => run('counts only (explain: false)', false, decisions),
  batch: () => run('batch (explain: false, selectionSamples 0)', false, decisions, batchEngine),
  worker: () => runWorker(decisions),
};
if (only !== null && !(only in modes)) throw new Error(`--only: one of ${Object.keys(modes).join(', ')}`);
if (only === null || only === 'explain' || only === 'counts') run('warm-up', true, Math.min(2000, decisions));
else run('warm-up', false, Math.min(2000, decisions), batchEngine);
for (const [name, measure] of Object.entries(modes)) if (only === null || only === name) measure();
const memory = process.memoryUsage();
console.log(`heap used ${(memory.heapUsed / 1048576).toFixed(1)} MiB`);
