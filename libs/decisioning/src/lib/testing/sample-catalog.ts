import { type OfferDefinition, type OfferGroupDefinition } from '../catalog/offer';
import { type ContactPolicy, type OutboundCap } from '../policies/contact-policy';

const all = { web: 'See it on the web', app: 'Tap to see', email: 'Mail text', call_center: 'Agent script', sms: 'SMS text' };

/** A small catalog covering every issue, used by specs. */
export const SAMPLE_OFFERS: OfferDefinition[] = [
  { id: 'o-gold-card', code: 'GOLD_CARD', name: 'Gold card', kind: 'sales', issue: 'Sales', groupName: 'Cards', channels: Object.keys(all), treatments: all, value: 120, lever: 1 },
  { id: 'o-travel-card', code: 'TRAVEL_CARD', name: 'Travel card', kind: 'sales', issue: 'Sales', groupName: 'Cards', channels: Object.keys(all), treatments: all, value: 90, lever: 1 },
  { id: 'o-loan', code: 'PERSONAL_LOAN', name: 'Personal loan', kind: 'sales', issue: 'Sales', groupName: 'Loans', channels: Object.keys(all), treatments: all, value: 200, lever: 1, eligibility: { '>=': [{ var: 'customer.attributes.age' }, 18] } },
  { id: 'o-save', code: 'LOYALTY_SAVE', name: 'Loyalty bonus', kind: 'retention', issue: 'Retention', groupName: 'Saves', channels: Object.keys(all), treatments: all, value: 20, lever: 1 },
  { id: 'o-callback', code: 'COMPLAINT_CALLBACK', name: 'Priority call-back', kind: 'service', issue: 'Service', groupName: 'Complaints', channels: Object.keys(all), treatments: all, value: 10, lever: 1 },
  { id: 'o-onboarding', code: 'APP_TOUR', name: 'App tour', kind: 'education', issue: 'Education', groupName: 'Onboarding', channels: ['web', 'app', 'email'], treatments: { web: 'Tour', app: 'Tour', email: 'Tour' }, value: 5, lever: 1 },
];

export const SAMPLE_GROUPS: OfferGroupDefinition[] = [
  // Empathy: no selling while a complaint is open (the contact policy covers the 14 days after).
  { issue: 'Sales', groupName: 'Cards', suitability: { '!': { var: 'conversation.hasOpenComplaint' } }, ruleReasons: { suitability: 'no selling while a complaint is open' } },
  { issue: 'Sales', groupName: 'Loans', suitability: { '!': { var: 'conversation.hasOpenComplaint' } }, ruleReasons: { suitability: 'no selling while a complaint is open' } },
  // Help only for people who need it.
  { issue: 'Service', groupName: 'Complaints', applicability: { or: [{ var: 'conversation.hasOpenComplaint' }, { and: [{ '!==': [{ var: 'conversation.daysSinceLastComplaint' }, null] }, { '<': [{ var: 'conversation.daysSinceLastComplaint' }, 30] }] }, { '==': [{ var: 'context.intent' }, 'complaint'] }] } },
];

/** The contact policies of issue 6, as data. */
export const ISSUE_POLICIES: Record<'cardImpressions' | 'rejectedTwice' | 'complaintSilence', ContactPolicy> = {
  cardImpressions: { id: 'card-impressions', name: 'Card fatigue', appliesTo: { groups: ['Cards'] }, outcomes: ['impression'], count: 3, windowDays: 7, pauseDays: 10, countBy: 'offer', channel: 'any' },
  rejectedTwice: { id: 'rejected-twice', name: 'Rejected twice', outcomes: ['rejected'], count: 2, windowDays: 15, pauseDays: 30, countBy: 'offer', channel: 'any' },
  complaintSilence: { id: 'complaint-silence', name: 'No selling after a complaint', appliesTo: { kinds: ['sales'] }, outcomes: ['complained'], count: 1, windowDays: 14, pauseDays: 14, countBy: 'customer', channel: 'any' },
};

export const MARKETING_EMAIL_CAP: OutboundCap = { id: 'email-weekly', name: 'One marketing email a week', channel: 'email', purpose: 'marketing', max: 1, periodDays: 7 };
