import { type ContactPolicy, type OutboundCap } from '@rapport/decisioning';

/**
 * The platform's contact policies and outbound caps (design §4.3), as data. They live here
 * until the catalog stores policies of its own; the gateway and the worker load the same list.
 */
export const PLATFORM_CONTACT_POLICIES: readonly ContactPolicy[] = [
  {
    id: 'card-fatigue',
    name: 'No card offer for 10 days after 3 impressions in 7 days',
    appliesTo: { groups: ['Cards'] },
    outcomes: ['impression'],
    count: 3,
    windowDays: 7,
    pauseDays: 10,
    countBy: 'group',
    channel: 'any',
  },
  {
    id: 'rejected-twice',
    name: 'Suppress an offer for 30 days after 2 rejections in 15 days',
    outcomes: ['rejected'],
    count: 2,
    windowDays: 15,
    pauseDays: 30,
    countBy: 'offer',
    channel: 'any',
  },
  {
    id: 'complaint-silence',
    name: 'No selling for 14 days after a complaint',
    appliesTo: { kinds: ['sales'] },
    outcomes: ['complained'],
    count: 1,
    windowDays: 14,
    pauseDays: 14,
    countBy: 'customer',
    channel: 'any',
  },
];

export const PLATFORM_OUTBOUND_CAPS: readonly OutboundCap[] = [
  {
    id: 'email-weekly',
    name: 'At most 1 marketing email a week',
    channel: 'email',
    purpose: 'marketing',
    max: 1,
    periodDays: 7,
  },
  {
    id: 'sms-weekly',
    name: 'At most 1 marketing SMS a week',
    channel: 'sms',
    purpose: 'marketing',
    max: 1,
    periodDays: 7,
  },
  {
    id: 'all-channels-weekly',
    name: 'At most 3 marketing contacts a week across channels',
    channel: 'any',
    purpose: 'marketing',
    max: 3,
    periodDays: 7,
  },
];
