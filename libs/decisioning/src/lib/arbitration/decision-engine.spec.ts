import { MS_PER_DAY, SeededRandom } from '@rapport/shared-util';
import { compileCatalog } from '../catalog/compile-catalog';
import { type OfferDefinition } from '../catalog/offer';
import { type ConsentRecord } from '../policies/consent';
import { PropensityStore } from '../propensity/propensity-store';
import { ISSUE_POLICIES, SAMPLE_GROUPS, SAMPLE_OFFERS } from '../testing/sample-catalog';
import { createDecisionEngine } from './decision-engine';
import { toDecisionRecords, toLoggedAction } from './decision-records';

const T0 = Date.UTC(2026, 2, 1);
const day = (d: number): number => T0 + d * MS_PER_DAY;
const CONSENTS: ConsentRecord[] = ['web', 'app', 'email', 'call_center', 'sms'].map((channel) => ({ channel, purpose: 'marketing', status: 'granted' }));
const policies = Object.values(ISSUE_POLICIES);

function engineFor(offers: OfferDefinition[] = SAMPLE_OFFERS, seed = 3) {
  return createDecisionEngine({
    catalog: compileCatalog(offers, SAMPLE_GROUPS),
    propensities: new PropensityStore(),
    contactPolicies: policies,
    controlRate: 0,
    random: new SeededRandom(seed),
  });
}

describe('One Conversation: a recent complaint', () => {
  const events = [
    { channel: 'call_center', direction: 'inbound' as const, kind: 'complaint', topic: 'billing', occurredAt: day(-1), sentiment: -0.9 },
  ];
  it.each(['web', 'app', 'email', 'call_center', 'sms'])('on %s: no sales offer, a service action first, the reason explained', (channel) => {
    // Many seeds: Thompson draws must never let a sale through nor put anything above help.
    for (let seed = 1; seed <= 8; seed++) {
      const decision = engineFor(SAMPLE_OFFERS, seed).decide({
        customer: { id: 'c1', clv: 2000, pAlive: 0.6, attributes: { age: 40 } },
        channel,
        now: day(0),
        limit: 3,
        events,
        consents: CONSENTS,
      });
      expect(decision.recommendations.some((r) => r.kind === 'sales')).toBe(false);
      expect(decision.recommendations[0].kind).toBe('service');
      const droppedSales = decision.suppressed.filter((s) => s.code === 'GOLD_CARD' || s.code === 'PERSONAL_LOAN');
      expect(droppedSales).toHaveLength(2);
      for (const s of droppedSales) {
        // The open complaint fails the group's suitability rule first; once resolved, the
        // complaint-silence contact policy holds selling back for 14 days (tested separately).
        expect(s.stage).toBe('suitability');
        expect(s.ruleId).toMatch(/^group:Sales\/(Cards|Loans):suitability$/);
        expect(s.reason).toContain('no selling while a complaint is open');
      }
      expect(decision.conversation.hasOpenComplaint).toBe(true);
      expect(decision.recommendations[0].reasons.join(' ')).toContain('complaint-contact-favours-service ×3');
    }
  });
});

describe('One Conversation: a complaint resolved yesterday', () => {
  it('keeps selling silent through the contact policy and still ranks help first', () => {
    const events = [
      { channel: 'call_center', direction: 'inbound' as const, kind: 'complaint', topic: 'billing', occurredAt: day(-3), sentiment: -0.9 },
      { channel: 'call_center', direction: 'outbound' as const, kind: 'complaint_resolved', topic: 'billing', occurredAt: day(-1) },
    ];
    for (let seed = 1; seed <= 10; seed++) {
      const decision = engineFor(SAMPLE_OFFERS, seed).decide({ customer: { id: 'c1', clv: 2000, pAlive: 0.6, attributes: { age: 40 } }, channel: 'web', now: day(0), limit: 3, events, consents: CONSENTS, context: { intent: 'complaint' } });
      expect(decision.recommendations.some((r) => r.kind === 'sales')).toBe(false);
      expect(decision.recommendations[0].kind).toBe('service');
      expect(decision.suppressed.find((s) => s.code === 'GOLD_CARD')).toMatchObject({ stage: 'contact-policy', ruleId: 'policy:complaint-silence' });
    }
  });
});

describe('decision engine', () => {
  const customer = { id: 'c2', clv: 500, pAlive: 0.9, attributes: { age: 30 } };

  it('explains every candidate: recommended or dropped with a stage', () => {
    const decision = engineFor().decide({ customer, channel: 'web', now: day(0), limit: 2, consents: CONSENTS });
    const candidates = SAMPLE_OFFERS.filter((o) => o.treatments.web).length;
    expect(decision.recommendations.length + decision.suppressed.length).toBe(candidates);
    expect(decision.candidateCount).toBe(candidates);
    const callback = decision.suppressed.find((s) => s.code === 'COMPLAINT_CALLBACK');
    expect(callback).toMatchObject({ stage: 'applicability', ruleId: 'group:Service/Complaints:applicability' });
    for (const r of decision.recommendations) {
      expect(r.priority).toBeCloseTo(r.propensity * r.contextWeight * r.value * r.lever, 10);
      expect(r.selectionProbability).toBeGreaterThan(0);
      expect(r.selectionProbability).toBeLessThanOrEqual(1);
      expect(r.reasons.length).toBeGreaterThanOrEqual(5);
    }
    expect(decision.recommendations.map((r) => r.rank)).toEqual([1, 2]);
    expect(decision.recommendations[0].priority).toBeGreaterThanOrEqual(decision.recommendations[1].priority);
  });

  it('applies eligibility rules to the customer', () => {
    const decision = engineFor().decide({ customer: { ...customer, attributes: { age: 16 } }, channel: 'web', now: day(0), limit: 5, consents: CONSENTS });
    expect(decision.suppressed.find((s) => s.code === 'PERSONAL_LOAN')).toMatchObject({ stage: 'eligibility', ruleId: 'offer:PERSONAL_LOAN:eligibility' });
  });

  it('shares one compiled rule between offers with the same rule (one evaluation per decision), each named in its reason', () => {
    const adultsOnly = { '>=': [{ var: 'customer.attributes.age' }, 18] };
    const offers = SAMPLE_OFFERS.map((o) => (o.code === 'GOLD_CARD' || o.code === 'TRAVEL_CARD' ? { ...o, eligibility: adultsOnly } : o));
    const catalog = compileCatalog(offers, SAMPLE_GROUPS);
    const byCode = (code: string) => catalog.offers.find((o) => o.code === code)!;
    expect(byCode('GOLD_CARD').rules[0]!.test).toBe(byCode('TRAVEL_CARD').rules[0]!.test);
    const decision = engineFor(offers).decide({ customer: { ...customer, attributes: { age: 16 } }, channel: 'web', now: day(0), limit: 5, consents: CONSENTS });
    expect(decision.suppressed.filter((s) => s.stage === 'eligibility').map((s) => s.ruleId)).toEqual([
      'offer:GOLD_CARD:eligibility',
      'offer:TRAVEL_CARD:eligibility',
      'offer:PERSONAL_LOAN:eligibility',
    ]);
  });

  it('honours the validity window and drops nothing when explain is off', () => {
    const offers = SAMPLE_OFFERS.map((o) => (o.code === 'GOLD_CARD' ? { ...o, validFrom: day(1), validTo: day(2) } : o));
    const engine = engineFor(offers);
    const before = engine.decide({ customer, channel: 'web', now: day(0.5), limit: 5, consents: CONSENTS });
    expect(before.suppressed.find((s) => s.code === 'GOLD_CARD')?.stage).toBe('validity');
    const during = engine.decide({ customer, channel: 'web', now: day(1.5), limit: 5, consents: CONSENTS, explain: false });
    expect(during.recommendations.some((r) => r.code === 'GOLD_CARD')).toBe(true);
    expect(during.suppressed).toEqual([]);
    expect(during.suppressedCounts.applicability).toBe(1);
  });

  it('puts mandatory offers first, beyond the limit and past the caps, but not past repeat suppression', () => {
    const notice: OfferDefinition = { id: 'o-outage', code: 'OUTAGE', name: 'Outage notice', kind: 'service', issue: 'Service', groupName: 'Notices', channels: ['email'], treatments: { email: 'We are down' }, value: 0, lever: 1, mode: 'mandatory' };
    const engine = createDecisionEngine({
      catalog: compileCatalog([...SAMPLE_OFFERS, notice], SAMPLE_GROUPS),
      propensities: new PropensityStore(),
      contactPolicies: [{ id: 'once', name: 'Once a day', outcomes: ['sent'], count: 1, windowDays: 1, pauseDays: 1, countBy: 'offer', channel: 'any' }],
      outboundCaps: [{ id: 'all', name: 'Nothing else', channel: 'any', purpose: 'any', max: 0, periodDays: 7 }],
      controlRate: 0,
      random: new SeededRandom(4),
    });
    const request = { customer, channel: 'email', direction: 'outbound' as const, now: day(0), limit: 1, consents: CONSENTS };
    const first = engine.decide(request);
    expect(first.recommendations.map((r) => r.code)).toEqual(['OUTAGE']);
    expect(first.recommendations[0].selectionProbability).toBe(1);
    const again = engine.decide({ ...request, now: day(0.5), interactions: [{ offerId: 'o-outage', channel: 'email', outcome: 'sent', occurredAt: day(0) }] });
    expect(again.recommendations).toEqual([]);
    expect(again.suppressed.find((s) => s.code === 'OUTAGE')?.stage).toBe('contact-policy');
  });

  it('fills the control group at the configured rate with random picks', () => {
    const engine = createDecisionEngine({ catalog: compileCatalog(SAMPLE_OFFERS, SAMPLE_GROUPS), propensities: new PropensityStore(), controlRate: 0.1, random: new SeededRandom(5) });
    let controls = 0;
    for (let k = 0; k < 2000; k++) {
      const d = engine.decide({ customer, channel: 'web', now: day(0), consents: CONSENTS, explain: false });
      if (d.control) {
        controls++;
        expect(d.recommendations[0].control).toBe(true);
      }
    }
    expect(controls / 2000).toBeGreaterThan(0.08);
    expect(controls / 2000).toBeLessThan(0.12);
  });

  it('rejects bad requests with typed errors', () => {
    const engine = engineFor();
    expect(() => engine.decide({ customer, channel: 'web', now: 'not a date', consents: CONSENTS })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'now' }));
    expect(() => engine.decide({ customer, channel: 'web', now: day(0), limit: 0 })).toThrow(expect.objectContaining({ field: 'limit' }));
    expect(() => createDecisionEngine({ catalog: compileCatalog(SAMPLE_OFFERS), propensities: new PropensityStore(), contactPolicies: [{ ...ISSUE_POLICIES.cardImpressions, count: 0 }] })).toThrow(/count/);
  });
});

describe('toDecisionRecords', () => {
  it('keeps the propensity and the selection probability used, per recommendation', () => {
    const decision = engineFor().decide({ decisionId: 'd-1', customer: { id: 'c3', attributes: { age: 50 } }, channel: 'web', now: day(0), limit: 2, consents: CONSENTS });
    const records = toDecisionRecords(decision);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ decisionId: 'd-1', customerId: 'c3', rank: 1, propensity: decision.recommendations[0].propensity, selectionProbability: decision.recommendations[0].selectionProbability, modelVersion: decision.modelVersion });
    expect(toLoggedAction(records[0], 'web', 1)).toEqual({ context: 'web', action: records[0].offerId, selectionProbability: records[0].selectionProbability, reward: 1 });
  });
});

describe('counts-only decisions (screened lazily, in bound order)', () => {
  // 120 offers: rules, validity windows, service and mandatory offers, and evidence enough for
  // informative bounds, so that counts-only decisions visit only the offers that can win.
  const offers: OfferDefinition[] = Array.from({ length: 120 }, (_, i) => ({
    ...SAMPLE_OFFERS[i % SAMPLE_OFFERS.length],
    id: `o-${i}`,
    code: `O_${i}`,
    value: 5 + ((i * 37) % 200),
    mode: i === 58 ? ('mandatory' as const) : undefined,
    purpose: i % 11 === 0 ? ('service' as const) : undefined,
    eligibility: i % 4 === 0 ? { '>=': [{ var: 'customer.attributes.age' }, 20 + (i % 40)] } : undefined,
    validFrom: i % 13 === 0 ? day(5) : undefined,
  }));
  const store = new PropensityStore();
  const random = new SeededRandom(5);
  for (const offer of offers) for (let k = 0; k < 60 + (offer.value % 90); k++) store.update({ offerId: offer.id, channel: 'web', outcome: random.chance(0.03 + offer.value / 4000) ? 'accepted' : 'ignored' });
  const interactions = [3, 7, 7, 12, 12, 40].map((i, k) => ({ offerId: `o-${i}`, channel: 'web', outcome: k % 2 === 0 ? ('rejected' as const) : ('impression' as const), occurredAt: day(-k - 1) }));
  const engine = (seed: number) =>
    createDecisionEngine({ catalog: compileCatalog(offers, SAMPLE_GROUPS), propensities: store, contactPolicies: policies, selectionSamples: 0, random: new SeededRandom(seed) });

  it.each([1, 2, 3, 4, 5, 6])('rank and count every stage exactly as an explained decision (seed %p)', (seed) => {
    const request = { customer: { id: 'c', clv: 900, pAlive: 0.8, attributes: { age: 20 + seed * 7 } }, channel: 'web', now: day(0), limit: 2 + (seed % 4), interactions, consents: CONSENTS };
    const explained = engine(seed).decide({ ...request, explain: true });
    const counted = engine(seed).decide({ ...request, explain: false });
    expect(counted.recommendations).toEqual(explained.recommendations);
    expect(counted.suppressedCounts).toEqual(explained.suppressedCounts);
    expect(counted.suppressed).toEqual([]);
  });

  it('decideChannels equals decide once per channel', () => {
    const request = { customer: { id: 'c', clv: 900, pAlive: 0.8, attributes: { age: 33 } }, direction: 'outbound' as const, now: day(0), limit: 3, interactions, consents: CONSENTS, explain: false };
    const channels = ['web', 'email', 'sms', 'web'];
    const ids = ['a', 'b', 'c', 'd'];
    const separately = engine(9);
    const expected = channels.map((channel, k) => separately.decide({ ...request, channel, decisionId: ids[k] }));
    let k = 0;
    expect(engine(9).decideChannels(request, channels, () => ids[k++])).toEqual(expected);
  });
});
