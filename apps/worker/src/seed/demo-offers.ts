import { type OfferKind, type OfferMode, type RuleExpression } from '@rapport/data-access';

/** A catalog entry as the seed writes it (ids and timestamps are added on insert). */
export interface DemoOffer {
  code: string;
  name: string;
  description: string;
  kind: OfferKind;
  issue: string;
  groupName: string;
  channels: string[];
  value: number;
  lever: number;
  mode: OfferMode;
  eligibility: RuleExpression;
  applicability: RuleExpression;
  suitability: RuleExpression;
  status: 'draft' | 'active' | 'retired';
}

const ALL = ['web', 'app', 'email', 'call_center', 'whatsapp', 'store', 'sms'];
const DIGITAL = ['web', 'app', 'email'];
const ASSISTED = ['call_center', 'store', 'whatsapp'];

/** JSON Logic rules used across the demo catalog (data, never code). */
const noRecentComplaint: RuleExpression = {
  and: [
    { '!': { var: 'conversation.hasOpenComplaint' } },
    {
      or: [
        { '==': [{ var: 'conversation.daysSinceLastComplaint' }, null] },
        { '>': [{ var: 'conversation.daysSinceLastComplaint' }, 14] },
      ],
    },
  ],
};
const hasOpenComplaint: RuleExpression = { var: 'conversation.hasOpenComplaint' };
const adult: RuleExpression = { '>=': [{ var: 'customer.attributes.age' }, 18] };
const atRisk: RuleExpression = { '<': [{ var: 'customer.pAlive' }, 0.5] };
const valuable: RuleExpression = { '>=': [{ var: 'customer.clv' }, 200] };
const newCustomer: RuleExpression = { '<=': [{ var: 'customer.attributes.tenureDays' }, 90] };
const topicOpen = (topic: string): RuleExpression => ({ in: [topic, { var: 'conversation.openTopics' }] });

function offer(
  code: string,
  name: string,
  kind: OfferKind,
  issue: string,
  groupName: string,
  channels: string[],
  value: number,
  extra: Partial<DemoOffer> = {},
): DemoOffer {
  return {
    code,
    name,
    description: `${name}.`,
    kind,
    issue,
    groupName,
    channels,
    value,
    lever: 1,
    mode: 'default',
    eligibility: null,
    applicability: null,
    suitability: kind === 'sales' ? noRecentComplaint : null,
    status: 'active',
    ...extra,
  };
}

/** About 30 offers of every kind: sales, retention saves, service/help actions, education. */
export const DEMO_OFFERS: readonly DemoOffer[] = [
  offer('CARD-GOLD', 'Gold credit card upgrade', 'sales', 'Sales', 'Cards', ALL, 120, { eligibility: adult }),
  offer(
    'CARD-PLATINUM',
    'Platinum card with travel insurance',
    'sales',
    'Sales',
    'Cards',
    DIGITAL.concat(ASSISTED),
    220,
    {
      eligibility: { and: [adult, valuable] },
    },
  ),
  offer('CARD-CASHBACK', '2% cashback card', 'sales', 'Sales', 'Cards', ALL, 90, { eligibility: adult }),
  offer(
    'LOAN-PERSONAL',
    'Personal loan at 6.9% APR',
    'sales',
    'Sales',
    'Loans',
    ['web', 'app', 'email', 'call_center'],
    300,
    {
      eligibility: adult,
    },
  ),
  offer('LOAN-CAR', 'Car loan pre-approval', 'sales', 'Sales', 'Loans', ['web', 'email', 'store'], 260, {
    eligibility: adult,
  }),
  offer(
    'MORTGAGE-REVIEW',
    'Free mortgage review',
    'sales',
    'Sales',
    'Mortgages',
    ['call_center', 'store', 'email'],
    400,
    {
      eligibility: adult,
      lever: 0.8,
    },
  ),
  offer('SAVINGS-BOOST', 'Savings account at 4.1%', 'sales', 'Sales', 'Savings', ALL, 60),
  offer('ISA-TOPUP', 'Top up your ISA before April', 'sales', 'Sales', 'Savings', DIGITAL, 45, {
    applicability: { '<=': [{ var: 'context.dayOfWeek' }, 5] },
  }),
  offer('INSURANCE-HOME', 'Home insurance, 20% off the first year', 'sales', 'Sales', 'Insurance', ALL, 80),
  offer('INSURANCE-TRAVEL', 'Annual travel insurance', 'sales', 'Sales', 'Insurance', DIGITAL.concat('whatsapp'), 35),
  offer(
    'BUNDLE-FAMILY',
    'Family bundle: accounts for your children',
    'sales',
    'Sales',
    'Bundles',
    ['web', 'app', 'store'],
    70,
  ),
  offer('PREMIUM-ACCOUNT', 'Premium current account', 'sales', 'Sales', 'Accounts', ALL, 150, {
    eligibility: valuable,
  }),
  offer(
    'RET-FEE-WAIVER',
    'Waive this year’s card fee',
    'retention',
    'Retention',
    'Saves',
    ['call_center', 'email', 'app', 'whatsapp'],
    40,
    {
      eligibility: { and: [atRisk, valuable] },
      lever: 1.3,
    },
  ),
  offer(
    'RET-RATE-MATCH',
    'Match a competitor’s savings rate',
    'retention',
    'Retention',
    'Saves',
    ['call_center', 'store'],
    55,
    {
      eligibility: atRisk,
      lever: 1.2,
    },
  ),
  offer('RET-LOYALTY-BONUS', 'Loyalty bonus: 5,000 points', 'retention', 'Retention', 'Loyalty', ALL, 25, {
    eligibility: atRisk,
  }),
  offer(
    'RET-WINBACK',
    'We miss you: 3 months fee-free',
    'retention',
    'Retention',
    'Winback',
    ['email', 'sms', 'app'],
    30,
    {
      eligibility: { '<': [{ var: 'customer.pAlive' }, 0.2] },
    },
  ),
  offer(
    'RET-PERSONAL-CALL',
    'Call from your relationship manager',
    'retention',
    'Retention',
    'Saves',
    ['call_center'],
    60,
    {
      eligibility: { and: [atRisk, { '>=': [{ var: 'customer.clv' }, 1000] }] },
      lever: 1.5,
    },
  ),
  offer('SVC-COMPLAINT-FOLLOWUP', 'Follow up on your open complaint', 'service', 'Service', 'Complaints', ALL, 20, {
    applicability: hasOpenComplaint,
    lever: 2,
  }),
  offer(
    'SVC-REFUND-STATUS',
    'Check your refund status',
    'service',
    'Service',
    'Complaints',
    ['web', 'app', 'whatsapp', 'call_center'],
    10,
    {
      applicability: hasOpenComplaint,
      lever: 1.5,
    },
  ),
  offer(
    'SVC-CARD-UNBLOCK',
    'Unblock your card in the app',
    'service',
    'Service',
    'Cards',
    ['app', 'whatsapp', 'call_center', 'sms'],
    15,
    {
      applicability: topicOpen('card_blocked'),
      lever: 1.8,
    },
  ),
  offer(
    'SVC-PASSWORD-RESET',
    'Reset your app password',
    'service',
    'Service',
    'Digital',
    ['app', 'web', 'whatsapp', 'call_center'],
    8,
    {
      applicability: topicOpen('app_login'),
    },
  ),
  offer(
    'SVC-DELIVERY-TRACK',
    'Track your delivery',
    'service',
    'Service',
    'Orders',
    ['web', 'app', 'whatsapp', 'sms'],
    5,
    {
      applicability: topicOpen('delivery'),
    },
  ),
  offer('SVC-ADDRESS-CHECK', 'Confirm your address', 'service', 'Service', 'Data quality', ['app', 'web', 'email'], 3),
  offer(
    'SVC-OUTAGE-NOTICE',
    'Planned maintenance on Sunday',
    'service',
    'Service',
    'Notices',
    ['app', 'web', 'email'],
    0,
    {
      mode: 'mandatory',
      status: 'draft',
    },
  ),
  offer('SVC-RECEIPT', 'Your purchase receipt', 'service', 'Service', 'Receipts', ['email', 'app'], 0, {
    mode: 'transactional',
  }),
  offer(
    'EDU-APP-ONBOARDING',
    'Get started with the app',
    'education',
    'Education',
    'Onboarding',
    ['email', 'app', 'sms'],
    12,
    {
      eligibility: newCustomer,
    },
  ),
  offer('EDU-BUDGETING', 'Budgeting tools in 3 minutes', 'education', 'Education', 'Financial health', DIGITAL, 8),
  offer('EDU-FRAUD-AWARENESS', 'Spot a scam: 5 signs', 'education', 'Education', 'Security', ALL, 6),
  offer('EDU-PAPERLESS', 'Go paperless', 'education', 'Education', 'Digital', ['email', 'app', 'web'], 4),
  offer(
    'EDU-WHATSAPP-SUPPORT',
    'Chat with us on WhatsApp',
    'education',
    'Education',
    'Digital',
    ['email', 'web', 'sms'],
    5,
  ),
  offer('CARD-STUDENT', 'Student card (retired)', 'sales', 'Sales', 'Cards', DIGITAL, 20, { status: 'retired' }),
];
