// The simulated world: a catalog, customers with hidden response rates, consents and complaints.
// Nothing here is visible to the engine except what a real deployment would give it.
import {
  type ConsentRecord,
  type ContactPolicy,
  type ConversationEventInput,
  type InteractionRecord,
  type OfferDefinition,
  type OfferGroupDefinition,
  type OutboundCap,
} from '@rapport/decisioning';
import { SeededRandom } from '@rapport/shared-util';

export const SIM_CHANNELS = ['web', 'app', 'call_center', 'email', 'sms'] as const;
export const OUTBOUND_CHANNELS: ReadonlySet<string> = new Set(['email', 'sms']);
export const SEGMENTS = ['champions', 'loyal', 'at_risk', 'new'] as const;

const text = (name: string): Record<string, string> => Object.fromEntries(SIM_CHANNELS.map((c) => [c, `${name} (${c})`]));

function offer(id: string, kind: OfferDefinition['kind'], issue: string, groupName: string, value: number, extra: Partial<OfferDefinition> = {}): OfferDefinition {
  return { id, code: id.toUpperCase(), name: id, kind, issue, groupName, channels: [...SIM_CHANNELS], treatments: text(id), value, lever: 1, ...extra };
}

export const SIM_OFFERS: OfferDefinition[] = [
  offer('gold-card', 'sales', 'Sales', 'Cards', 120),
  offer('travel-card', 'sales', 'Sales', 'Cards', 90),
  offer('student-card', 'sales', 'Sales', 'Cards', 40),
  offer('personal-loan', 'sales', 'Sales', 'Loans', 200),
  offer('car-loan', 'sales', 'Sales', 'Loans', 160),
  offer('home-insurance', 'sales', 'Sales', 'Insurance', 70),
  offer('loyalty-bonus', 'retention', 'Retention', 'Saves', 30),
  offer('fee-waiver', 'retention', 'Retention', 'Saves', 15),
  offer('complaint-callback', 'service', 'Service', 'Complaints', 20),
  offer('help-article', 'service', 'Service', 'Help', 5),
  offer('app-tour', 'education', 'Education', 'Onboarding', 8),
  offer('budget-tips', 'education', 'Education', 'Tips', 6),
];

export const SIM_GROUPS: OfferGroupDefinition[] = [
  ...['Cards', 'Loans', 'Insurance'].map((groupName) => ({
    issue: 'Sales',
    groupName,
    suitability: { '!': { var: 'conversation.hasOpenComplaint' } },
    ruleReasons: { suitability: 'no selling while a complaint is open' },
  })),
  { issue: 'Service', groupName: 'Complaints', applicability: { or: [{ var: 'conversation.hasOpenComplaint' }, { var: 'conversation.quiet' }] } },
];

export const SIM_POLICIES: ContactPolicy[] = [
  { id: 'card-fatigue', name: 'Card fatigue', appliesTo: { groups: ['Cards'] }, outcomes: ['impression'], count: 3, windowDays: 7, pauseDays: 10, countBy: 'offer', channel: 'any' },
  { id: 'rejected-twice', name: 'Rejected twice', outcomes: ['rejected'], count: 2, windowDays: 15, pauseDays: 30, countBy: 'offer', channel: 'any' },
  { id: 'complaint-silence', name: 'No selling after a complaint', appliesTo: { kinds: ['sales'] }, outcomes: ['complained'], count: 1, windowDays: 14, pauseDays: 14, countBy: 'customer', channel: 'any' },
];

export const SIM_CAPS: OutboundCap[] = [{ id: 'email-weekly', name: 'One marketing email a week', channel: 'email', purpose: 'marketing', max: 1, periodDays: 7 }];

export interface SimCustomer {
  id: string;
  segment: (typeof SEGMENTS)[number];
  clv: number;
  pAlive: number;
  consents: ConsentRecord[];
  events: ConversationEventInput[];
  interactions: InteractionRecord[];
  /** Hidden: time of the open complaint's resolution (ms), or null. */
  complaintResolvesAt: number | null;
}

export interface SimWorld {
  customers: SimCustomer[];
  /** Hidden acceptance probability per offer index × segment index × channel index. */
  rates: Float64Array;
  offerIndex: ReadonlyMap<string, number>;
}

export function rateIndex(offer: number, segment: number, channel: number): number {
  return (offer * SEGMENTS.length + segment) * SIM_CHANNELS.length + channel;
}

/**
 * Builds a world from a seed. Response rates differ by offer, segment and channel so that the
 * best action differs by segment (a single static ranking cannot be optimal): each offer has a
 * base rate, each (offer, segment) a multiplier in [0.2, 3], each channel a mild multiplier.
 */
export function createSimWorld(seed: number, customerCount = 2000): SimWorld {
  const random = new SeededRandom(seed);
  const rates = new Float64Array(SIM_OFFERS.length * SEGMENTS.length * SIM_CHANNELS.length);
  const channelFactor = [1, 1.1, 1.3, 0.7, 0.8];
  SIM_OFFERS.forEach((o, i) => {
    const base = o.kind === 'sales' ? 0.03 + 0.05 * random.next() : o.kind === 'retention' ? 0.08 + 0.1 * random.next() : 0.1 + 0.15 * random.next();
    SEGMENTS.forEach((_, s) => {
      const segmentFactor = 0.2 + 2.8 * random.next() * random.next();
      SIM_CHANNELS.forEach((_, c) => {
        rates[rateIndex(i, s, c)] = Math.min(0.9, base * segmentFactor * channelFactor[c]);
      });
    });
  });
  const customers: SimCustomer[] = [];
  for (let k = 0; k < customerCount; k++) {
    const segment = SEGMENTS[random.int(0, SEGMENTS.length - 1)];
    const pAlive = segment === 'at_risk' ? 0.2 + 0.3 * random.next() : segment === 'new' ? 0.6 + 0.3 * random.next() : 0.8 + 0.2 * random.next();
    customers.push({
      id: `sim-${k}`,
      segment,
      clv: segment === 'champions' ? 1500 + 2000 * random.next() : 100 + 900 * random.next(),
      pAlive,
      consents: SIM_CHANNELS.map((channel) => ({ channel, purpose: 'marketing' as const, status: random.chance(0.65) ? ('granted' as const) : ('denied' as const) })),
      events: [],
      interactions: [],
      complaintResolvesAt: null,
    });
  }
  return { customers, rates, offerIndex: new Map(SIM_OFFERS.map((o, i) => [o.id, i])) };
}
