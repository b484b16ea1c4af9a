import { MS_PER_DAY, SeededRandom } from '@rapport/shared-util';
import { compileCatalog } from '../catalog/compile-catalog';
import { type ConversationEventInput } from '../conversation/conversation-event';
import { type ConsentRecord } from '../policies/consent';
import { type ContactPolicy, type OutboundCap } from '../policies/contact-policy';
import { type InteractionRecord, type TrackedOutcome } from '../policies/tracked-outcome';
import { PropensityStore } from '../propensity/propensity-store';
import { ISSUE_POLICIES, MARKETING_EMAIL_CAP, SAMPLE_GROUPS, SAMPLE_OFFERS } from '../testing/sample-catalog';
import { type Decision } from './decision';
import { createDecisionEngine } from './decision-engine';

const T0 = Date.UTC(2026, 0, 1);
const day = (d: number): number => T0 + d * MS_PER_DAY;
const CHANNELS = ['web', 'app', 'email', 'call_center', 'sms'];
const ALL_CONSENTS: ConsentRecord[] = CHANNELS.map((channel) => ({ channel, purpose: 'marketing', status: 'granted' }));
const catalog = compileCatalog(SAMPLE_OFFERS, SAMPLE_GROUPS);
const idOf = (code: string): string => SAMPLE_OFFERS.find((o) => o.code === code)!.id;
const hit = (code: string, outcome: TrackedOutcome, atDay: number, channel = 'web'): InteractionRecord => ({ offerId: idOf(code), channel, outcome, occurredAt: day(atDay) });

interface Case {
  policies?: ContactPolicy[];
  caps?: OutboundCap[];
  interactions?: InteractionRecord[];
  events?: ConversationEventInput[];
  consents?: ConsentRecord[];
  channel?: string;
  direction?: 'inbound' | 'outbound';
  nowDay: number;
  code: string;
  /** 'shown', or `${stage} ${ruleId}` of the rule that dropped the offer. */
  expected: string;
}

function decide(c: Case): Decision {
  const engine = createDecisionEngine({
    catalog,
    propensities: new PropensityStore(),
    contactPolicies: c.policies ?? [],
    outboundCaps: c.caps ?? [],
    controlRate: 0,
    random: new SeededRandom(1),
  });
  return engine.decide({
    customer: { id: 'c1', attributes: { age: 40 } },
    channel: c.channel ?? 'web',
    direction: c.direction ?? 'inbound',
    now: day(c.nowDay),
    limit: 10,
    interactions: c.interactions ?? [],
    events: c.events ?? [],
    consents: c.consents ?? ALL_CONSENTS,
  });
}

function verdict(decision: Decision, code: string): string {
  if (decision.recommendations.some((r) => r.code === code)) return 'shown';
  const dropped = decision.suppressed.find((s) => s.code === code);
  return dropped ? `${dropped.stage} ${dropped.ruleId}` : 'not a candidate';
}

const cardPolicy = [ISSUE_POLICIES.cardImpressions];
const threeImpressions = [hit('GOLD_CARD', 'impression', 0), hit('GOLD_CARD', 'impression', 2, 'app'), hit('GOLD_CARD', 'impression', 5)];
const rejectPolicy = [ISSUE_POLICIES.rejectedTwice];
const complaintPolicy = [ISSUE_POLICIES.complaintSilence];
// A complaint on day 0, resolved on day 1: only the contact policy keeps selling quiet.
const complaint: ConversationEventInput[] = [
  { channel: 'call_center', direction: 'inbound', kind: 'complaint', topic: 'billing', occurredAt: day(0), sentiment: -0.8 },
  { channel: 'call_center', direction: 'outbound', kind: 'complaint_resolved', topic: 'billing', occurredAt: day(1) },
];
const capOnly = [MARKETING_EMAIL_CAP];
const emailed = [hit('GOLD_CARD', 'sent', 0, 'email')];

describe('contact policies (issue 6 cases)', () => {
  it.each<[string, Case]>([
    // 1. "do not show a card offer for 10 days after 3 impressions in 7 days"
    ['card: 3 impressions in 7 days pause it on every channel', { policies: cardPolicy, interactions: threeImpressions, nowDay: 6, channel: 'email', code: 'GOLD_CARD', expected: 'contact-policy policy:card-impressions' }],
    ['card: still paused just before t + 10 days', { policies: cardPolicy, interactions: threeImpressions, nowDay: 14.99, code: 'GOLD_CARD', expected: 'contact-policy policy:card-impressions' }],
    ['card: shown again at t + 10 days (pause is half-open)', { policies: cardPolicy, interactions: threeImpressions, nowDay: 15, code: 'GOLD_CARD', expected: 'shown' }],
    ['card: 3 impressions spread over 8 days never reach 3 in 7', { policies: cardPolicy, interactions: [hit('GOLD_CARD', 'impression', 0), hit('GOLD_CARD', 'impression', 4), hit('GOLD_CARD', 'impression', 8)], nowDay: 9, code: 'GOLD_CARD', expected: 'shown' }],
    ['card: a window of exactly 7 days excludes its first day', { policies: cardPolicy, interactions: [hit('GOLD_CARD', 'impression', 0), hit('GOLD_CARD', 'impression', 3), hit('GOLD_CARD', 'impression', 7)], nowDay: 7.5, code: 'GOLD_CARD', expected: 'shown' }],
    ['card: counts are per offer, the other card still shows', { policies: cardPolicy, interactions: threeImpressions, nowDay: 6, code: 'TRAVEL_CARD', expected: 'shown' }],
    ['card: the policy does not touch loans', { policies: cardPolicy, interactions: [hit('PERSONAL_LOAN', 'impression', 0), hit('PERSONAL_LOAN', 'impression', 1), hit('PERSONAL_LOAN', 'impression', 2)], nowDay: 3, code: 'PERSONAL_LOAN', expected: 'shown' }],
    // 2. "suppress an offer for 30 days after it was rejected twice in any channel in 15 days"
    ['rejected twice across channels within 15 days', { policies: rejectPolicy, interactions: [hit('PERSONAL_LOAN', 'rejected', 0, 'web'), hit('PERSONAL_LOAN', 'rejected', 10, 'email')], nowDay: 39.9, channel: 'app', code: 'PERSONAL_LOAN', expected: 'contact-policy policy:rejected-twice' }],
    ['rejected twice: free again 30 days after the second rejection', { policies: rejectPolicy, interactions: [hit('PERSONAL_LOAN', 'rejected', 0, 'web'), hit('PERSONAL_LOAN', 'rejected', 10, 'email')], nowDay: 40, channel: 'app', code: 'PERSONAL_LOAN', expected: 'shown' }],
    ['rejected twice but 16 days apart', { policies: rejectPolicy, interactions: [hit('PERSONAL_LOAN', 'rejected', 0), hit('PERSONAL_LOAN', 'rejected', 16)], nowDay: 17, code: 'PERSONAL_LOAN', expected: 'shown' }],
    ['a rejection in the future does not count', { policies: rejectPolicy, interactions: [hit('PERSONAL_LOAN', 'rejected', 0), hit('PERSONAL_LOAN', 'rejected', 5)], nowDay: 4, code: 'PERSONAL_LOAN', expected: 'shown' }],
    // 3. "no sales offer on any channel for 14 days after a complaint"
    ['complaint: no card on the web', { policies: complaintPolicy, events: complaint, nowDay: 13.9, code: 'GOLD_CARD', expected: 'contact-policy policy:complaint-silence' }],
    ['complaint: no loan by email', { policies: complaintPolicy, events: complaint, nowDay: 2, channel: 'email', code: 'PERSONAL_LOAN', expected: 'contact-policy policy:complaint-silence' }],
    ['complaint: retention is not sales and still shows', { policies: complaintPolicy, events: complaint, nowDay: 2, code: 'LOYALTY_SAVE', expected: 'shown' }],
    ['complaint: selling resumes after 14 days', { policies: complaintPolicy, events: complaint, nowDay: 14, code: 'GOLD_CARD', expected: 'shown' }],
    ['complaint: a COMPLAINED outcome on an offer counts too', { policies: complaintPolicy, interactions: [hit('TRAVEL_CARD', 'complained', 0, 'sms')], nowDay: 5, code: 'GOLD_CARD', expected: 'contact-policy policy:complaint-silence' }],
    // 4. "at most 1 marketing email per customer per 7 days"
    ['email cap: a second marketing email within 7 days is held back', { caps: capOnly, interactions: emailed, nowDay: 6.9, channel: 'email', direction: 'outbound', code: 'TRAVEL_CARD', expected: 'outbound-cap cap:email-weekly' }],
    ['email cap: does not apply to inbound channels', { caps: capOnly, interactions: emailed, nowDay: 1, channel: 'web', code: 'TRAVEL_CARD', expected: 'shown' }],
    ['email cap: other channels are not capped by an email cap', { caps: capOnly, interactions: emailed, nowDay: 1, channel: 'sms', direction: 'outbound', code: 'TRAVEL_CARD', expected: 'shown' }],
    // 5. "no marketing on a channel without consent"
    ['consent: marketing refused on email', { consents: [{ channel: 'email', purpose: 'marketing', status: 'denied' }], nowDay: 0, channel: 'email', direction: 'outbound', code: 'GOLD_CARD', expected: 'consent consent:email:marketing' }],
    ['consent: no record means no marketing', { consents: [], nowDay: 0, channel: 'sms', direction: 'outbound', code: 'LOYALTY_SAVE', expected: 'consent consent:sms:marketing' }],
    ['consent: granted on email allows email marketing', { consents: [{ channel: 'email', purpose: 'marketing', status: 'granted' }], nowDay: 0, channel: 'email', direction: 'outbound', code: 'GOLD_CARD', expected: 'shown' }],
    ['consent: a grant on email does not cover sms', { consents: [{ channel: 'email', purpose: 'marketing', status: 'granted' }], nowDay: 0, channel: 'sms', code: 'GOLD_CARD', expected: 'consent consent:sms:marketing' }],
  ])('%s', (_name, c) => {
    expect(verdict(decide(c), c.code)).toBe(c.expected);
  });

  it.each([
    [6.9, 0],
    [7, 1],
    [30, 1],
  ])('email cap: on day %p after a marketing email, %p more may go out', (nowDay, allowed) => {
    const decision = decide({ caps: capOnly, interactions: emailed, nowDay, channel: 'email', direction: 'outbound', code: '', expected: '' });
    expect(decision.recommendations.filter((r) => r.kind !== 'service')).toHaveLength(allowed);
  });

  it('email cap: transactional sends neither count nor are capped', () => {
    const receipt = compileCatalog(
      [...SAMPLE_OFFERS, { id: 'o-receipt', code: 'RECEIPT', name: 'Receipt', kind: 'service', issue: 'Service', groupName: 'Receipts', channels: ['email'], treatments: { email: 'Your receipt' }, value: 0, lever: 1, mode: 'transactional', purpose: 'marketing' }],
      SAMPLE_GROUPS,
    );
    const engine = createDecisionEngine({ catalog: receipt, propensities: new PropensityStore(), outboundCaps: capOnly, controlRate: 0, random: new SeededRandom(2) });
    const decision = engine.decide({
      customer: { id: 'c1', attributes: { age: 40 } },
      channel: 'email',
      direction: 'outbound',
      now: day(3),
      limit: 10,
      interactions: [{ offerId: 'o-receipt', channel: 'email', outcome: 'sent', occurredAt: day(1) }, { offerId: 'o-receipt', channel: 'email', outcome: 'sent', occurredAt: day(2) }],
      consents: ALL_CONSENTS,
    });
    const codes = decision.recommendations.map((r) => r.code);
    expect(codes).toContain('RECEIPT');
    expect(decision.recommendations.filter((r) => r.kind !== 'service')).toHaveLength(1);
  });

  it('only one marketing email goes out even when one decision asks for several', () => {
    const decision = decide({ caps: capOnly, nowDay: 0, channel: 'email', direction: 'outbound', code: 'GOLD_CARD', expected: '' });
    const marketing = decision.recommendations.filter((r) => r.kind !== 'service');
    expect(marketing).toHaveLength(1);
    expect(decision.suppressed.filter((s) => s.stage === 'outbound-cap').length).toBeGreaterThan(0);
  });

  it('explains a pause with its count and end', () => {
    const decision = decide({ policies: cardPolicy, interactions: threeImpressions, nowDay: 6, code: 'GOLD_CARD', expected: '' });
    const dropped = decision.suppressed.find((s) => s.code === 'GOLD_CARD');
    expect(dropped?.reason).toContain('3 × impression within 7 days; paused until 2026-01-16');
  });
});
