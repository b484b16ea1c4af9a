// The decision simulator: drives the engine decision after decision against simulated customers
// with hidden response rates, and compares it with an oracle that knows those rates, a uniform
// random policy and a static-priority policy (highest margin first). Every policy sees the same
// customers, requests and complaints, and chooses among the same offers the engine's policies
// allow, so the comparison isolates arbitration and learning. Violations are checked by an
// independent implementation of the rules, not by the engine.
import {
  DEFAULT_CONTEXT_WEIGHTS,
  DEFAULT_VALUE_CONFIG,
  type Decision,
  type LoggedAction,
  PropensityStore,
  compileCatalog,
  computeOfferValue,
  createDecisionEngine,
  isContactAllowed,
  measureLift,
} from '@rapport/decisioning';
import { MS_PER_DAY, SeededRandom } from '@rapport/shared-util';
import {
  OUTBOUND_CHANNELS,
  SEGMENTS,
  SIM_CAPS,
  SIM_CHANNELS,
  SIM_GROUPS,
  SIM_OFFERS,
  SIM_POLICIES,
  type SimCustomer,
  createSimWorld,
  rateIndex,
} from './sim-world';

export const SIM_POLICY_NAMES = ['engine', 'oracle', 'random', 'static'] as const;
export type SimPolicyName = (typeof SIM_POLICY_NAMES)[number];

export interface SimulationOptions {
  decisions: number;
  seed?: number;
  customers?: number;
  /** Simulated days the decisions are spread over (default 90). */
  days?: number;
  /** Probability that a complaint arrives before each decision (default 0.01). */
  complaintRate?: number;
  /** Decision counts at which to record the cumulative reward curve. */
  checkpoints?: number[];
  /** Run only these policies (default all four). */
  policies?: readonly SimPolicyName[];
}

export interface PolicyRun {
  name: SimPolicyName;
  decisions: number;
  /** Decisions where some offer was allowed and shown. */
  shown: number;
  accepted: number;
  /** Σ P(accept) × V of the shown offers: the reward's expectation, free of response noise. */
  expectedReward: number;
  /** Σ V of accepted offers. */
  realizedReward: number;
  violations: number;
  violationsByRule: Record<string, number>;
  curve: Array<{ decisions: number; expectedReward: number }>;
  /** Engine only: decisions drawn for the random control group, lift and model AUC. */
  controlDecisions?: number;
  lift?: number | null;
  auc?: number | null;
  /** Engine only: the logged decisions (for offline evaluation). */
  logs?: LoggedAction[];
  /** Engine only: sales offers shown during a complaint or within 14 days after one. */
  salesDuringComplaints?: number;
  wallMs: number;
}

export interface SimulationReport {
  decisions: number;
  runs: Partial<Record<SimPolicyName, PolicyRun>>;
  /** Expected reward as a share of the oracle's. */
  shareOfOracle: Partial<Record<SimPolicyName, number>>;
}

const COMPLAINT_SILENCE_DAYS = 14;
const HISTORY_DAYS = 70;

/** Runs every requested policy over the same simulated stream and reports the comparison. */
export function runSimulation(options: SimulationOptions): SimulationReport {
  const names = options.policies ?? SIM_POLICY_NAMES;
  const runs: Partial<Record<SimPolicyName, PolicyRun>> = {};
  for (const name of names) runs[name] = runPolicy(name, options);
  const oracle = runs.oracle?.expectedReward;
  const shareOfOracle: Partial<Record<SimPolicyName, number>> = {};
  if (oracle) for (const name of names) shareOfOracle[name] = (runs[name]?.expectedReward ?? 0) / oracle;
  return { decisions: options.decisions, runs, shareOfOracle };
}

function runPolicy(name: SimPolicyName, options: SimulationOptions): PolicyRun {
  const started = performance.now();
  const seed = options.seed ?? 2026;
  const world = createSimWorld(seed, options.customers ?? 2000);
  const stream = new SeededRandom(seed + 1);
  const responses = new SeededRandom(seed + 2);
  const chooser = new SeededRandom(seed + 3);
  const store = new PropensityStore();
  const engine = createDecisionEngine({
    catalog: compileCatalog(SIM_OFFERS, SIM_GROUPS),
    propensities: store,
    contactPolicies: SIM_POLICIES,
    outboundCaps: SIM_CAPS,
    // Only the rank-first complaint rule: other context weights would trade reward for context.
    contextWeights: DEFAULT_CONTEXT_WEIGHTS.filter((w) => w.rankFirst),
    controlRate: name === 'engine' ? 0.02 : 0,
    random: new SeededRandom(seed + 4),
    // Baselines only use the engine to apply the policies: no selection probabilities needed.
    selectionSamples: name === 'engine' ? 16 : 0,
  });
  const checkpoints = new Set(options.checkpoints ?? []);
  const days = options.days ?? 90;
  const complaintRate = options.complaintRate ?? 0.01;
  const start = Date.UTC(2026, 0, 1);
  const step = (days * MS_PER_DAY) / options.decisions;
  const run: PolicyRun = { name, decisions: 0, shown: 0, accepted: 0, expectedReward: 0, realizedReward: 0, violations: 0, violationsByRule: {}, curve: [], wallMs: 0 };
  const lift: Array<{ control: boolean; reward: number }> = [];
  const logs: LoggedAction[] = [];
  let controlDecisions = 0;
  let salesDuringComplaints = 0;

  for (let t = 0; t < options.decisions; t++) {
    const now = start + t * step;
    if (stream.chance(complaintRate)) {
      const unhappy = world.customers[stream.int(0, world.customers.length - 1)];
      unhappy.events.push({ channel: 'call_center', direction: 'inbound', kind: 'complaint', topic: 'billing', occurredAt: now, sentiment: -0.8 });
      unhappy.complaintResolvesAt = now + (1 + 4 * stream.next()) * MS_PER_DAY;
    }
    const customer = world.customers[stream.int(0, world.customers.length - 1)];
    const channelIndex = pickChannel(stream.next());
    const channel = SIM_CHANNELS[channelIndex];
    const direction = OUTBOUND_CHANNELS.has(channel) ? 'outbound' : 'inbound';
    const responseDraw = responses.next();
    const rejectDraw = responses.next();
    refreshHistory(customer, now);

    const decision = engine.decide({
      customer: { id: customer.id, segment: customer.segment, clv: customer.clv, pAlive: customer.pAlive },
      channel,
      direction,
      now,
      limit: 1,
      events: customer.events,
      interactions: customer.interactions,
      consents: customer.consents,
      explain: name !== 'engine',
    });
    const segmentIndex = SEGMENTS.indexOf(customer.segment);
    const chosenId = name === 'engine' ? decision.recommendations[0]?.offerId : chooseBaseline(name, decision, customer, segmentIndex, channelIndex, world.rates, world.offerIndex, chooser);
    run.decisions++;
    if (chosenId !== undefined) {
      const offerIndex = world.offerIndex.get(chosenId)!;
      const offer = SIM_OFFERS[offerIndex];
      const value = computeOfferValue(offer.kind, offer.value, customer, DEFAULT_VALUE_CONFIG) * offer.lever;
      const rate = world.rates[rateIndex(offerIndex, segmentIndex, channelIndex)];
      for (const rule of violatedRules(customer, chosenId, channel, direction, now)) {
        run.violations++;
        run.violationsByRule[rule] = (run.violationsByRule[rule] ?? 0) + 1;
      }
      if (offer.kind === 'sales' && isQuiet(customer, now)) salesDuringComplaints++;
      const accepted = responseDraw < rate;
      const outcome = accepted ? 'accepted' : rejectDraw < 0.3 ? 'rejected' : 'ignored';
      run.shown++;
      run.expectedReward += rate * value;
      if (accepted) {
        run.accepted++;
        run.realizedReward += value;
      }
      if (direction === 'outbound') customer.interactions.push({ offerId: chosenId, channel, outcome: 'sent', occurredAt: now });
      customer.interactions.push({ offerId: chosenId, channel, outcome: 'impression', occurredAt: now });
      customer.interactions.push({ offerId: chosenId, channel, outcome, occurredAt: now + 1 });
      if (name === 'engine') {
        const rec = decision.recommendations[0];
        store.update({ offerId: chosenId, channel, segment: customer.segment, outcome, propensityUsed: rec.propensityMean, at: now });
        if (decision.control) controlDecisions++;
        lift.push({ control: decision.control, reward: accepted ? value : 0 });
        logs.push({ context: `${customer.segment}|${channel}`, action: chosenId, selectionProbability: rec.selectionProbability, reward: accepted ? 1 : 0 });
      }
    }
    if (checkpoints.has(t + 1)) run.curve.push({ decisions: t + 1, expectedReward: run.expectedReward });
  }
  if (name === 'engine') {
    run.controlDecisions = controlDecisions;
    run.lift = measureLift(lift).lift;
    run.auc = store.overallAuc();
    run.logs = logs;
    run.salesDuringComplaints = salesDuringComplaints;
  }
  run.wallMs = performance.now() - started;
  return run;
}

/** Channel mix of requests: web, app, call centre inbound; email, sms outbound. */
function pickChannel(u: number): number {
  return u < 0.35 ? 0 : u < 0.6 ? 1 : u < 0.7 ? 2 : u < 0.9 ? 3 : 4;
}

/** Resolves a complaint whose time has come and forgets history no policy can still see. */
function refreshHistory(customer: SimCustomer, now: number): void {
  if (customer.complaintResolvesAt !== null && customer.complaintResolvesAt <= now) {
    customer.events.push({ channel: 'call_center', direction: 'outbound', kind: 'complaint_resolved', topic: 'billing', occurredAt: customer.complaintResolvesAt });
    customer.complaintResolvesAt = null;
  }
  const horizon = now - HISTORY_DAYS * MS_PER_DAY;
  if (customer.interactions.length > 0 && (customer.interactions[0].occurredAt as number) < horizon) {
    customer.interactions = customer.interactions.filter((i) => (i.occurredAt as number) >= horizon);
  }
  if (customer.events.length > 0 && (customer.events[0].occurredAt as number) < horizon) {
    customer.events = customer.events.filter((e) => (e.occurredAt as number) >= horizon);
  }
}

/**
 * Baselines choose among the offers the engine's policies allowed (recommended or dropped only
 * by arbitration), honouring the same rank-first rule: after a complaint, help first.
 */
function chooseBaseline(
  name: SimPolicyName,
  decision: Decision,
  customer: SimCustomer,
  segmentIndex: number,
  channelIndex: number,
  rates: Float64Array,
  offerIndex: ReadonlyMap<string, number>,
  random: SeededRandom,
): string | undefined {
  let allowed = [...decision.recommendations.map((r) => r.offerId), ...decision.suppressed.filter((s) => s.stage === 'arbitration').map((s) => s.offerId)];
  if (decision.conversation.hasOpenComplaint) {
    const service = allowed.filter((id) => SIM_OFFERS[offerIndex.get(id)!].kind === 'service');
    if (service.length > 0) allowed = service;
  }
  if (allowed.length === 0) return undefined;
  if (name === 'random') return allowed[Math.floor(random.next() * allowed.length)];
  let best = allowed[0];
  let bestScore = -Infinity;
  for (const id of allowed) {
    const i = offerIndex.get(id)!;
    const offer = SIM_OFFERS[i];
    const score =
      name === 'oracle'
        ? rates[rateIndex(i, segmentIndex, channelIndex)] * computeOfferValue(offer.kind, offer.value, customer, DEFAULT_VALUE_CONFIG) * offer.lever
        : offer.value * offer.lever;
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

function isQuiet(customer: SimCustomer, now: number): boolean {
  if (customer.complaintResolvesAt !== null) return true;
  for (let k = customer.events.length - 1; k >= 0; k--) {
    const e = customer.events[k];
    if (e.kind === 'complaint') return now - (e.occurredAt as number) < COMPLAINT_SILENCE_DAYS * MS_PER_DAY;
  }
  return false;
}

/** True when some outcome at t brought the trailing window to `count`, and [t, t + pause) covers now. */
function paused(times: number[], count: number, windowDays: number, pauseDays: number, now: number): boolean {
  for (let j = 0; j < times.length; j++) {
    const t = times[j];
    if (t > now || now >= t + pauseDays * MS_PER_DAY) continue;
    const inWindow = times.filter((u) => u <= t && u > t - windowDays * MS_PER_DAY).length;
    if (inWindow >= count) return true;
  }
  return false;
}

/** The rules of issue 6, checked from the raw history without the engine's code. */
function violatedRules(customer: SimCustomer, offerId: string, channel: string, direction: string, now: number): string[] {
  const offer = SIM_OFFERS.find((o) => o.id === offerId)!;
  const marketing = offer.kind !== 'service';
  const broken: string[] = [];
  if (offer.kind === 'sales' && isQuiet(customer, now)) broken.push('no sales within 14 days of a complaint');
  if (marketing && !isContactAllowed(customer.consents, channel, 'marketing')) broken.push('no marketing without consent');
  const timesOf = (outcome: string): number[] => customer.interactions.filter((i) => i.offerId === offerId && i.outcome === outcome).map((i) => i.occurredAt as number);
  if (offer.groupName === 'Cards' && paused(timesOf('impression'), 3, 7, 10, now)) broken.push('card: 10 days after 3 impressions in 7');
  if (paused(timesOf('rejected'), 2, 15, 30, now)) broken.push('30 days after 2 rejections in 15');
  if (direction === 'outbound' && channel === 'email' && marketing) {
    const recent = customer.interactions.filter((i) => i.outcome === 'sent' && i.channel === 'email' && (i.occurredAt as number) > now - 7 * MS_PER_DAY && SIM_OFFERS.find((o) => o.id === i.offerId)?.kind !== 'service');
    if (recent.length >= 1) broken.push('at most 1 marketing email per 7 days');
  }
  return broken;
}
