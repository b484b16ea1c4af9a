/**
 * The variables a rule may read. Rules are validated against this list at publish time so that a
 * typo (`custmer.segment`) is a field error for the offer manager, not a rule that silently never
 * matches in production.
 */
export const RULE_VARIABLES: Readonly<Record<string, string>> = {
  'customer.id': 'resolved customer id',
  'customer.segment': 'value segment from CLV (champions, loyal, at_risk, hibernating, new)',
  'customer.clv': 'discounted customer lifetime value',
  'customer.pAlive': 'probability the customer is still active (0..1)',
  'customer.expectedPurchases': 'expected purchases over the value horizon',
  'conversation.openTopics': 'topics with an unresolved complaint or service request',
  'conversation.hasOpenComplaint': 'true while a complaint is unresolved',
  'conversation.hasOpenServiceRequest': 'true while a service request is unresolved',
  'conversation.daysSinceLastComplaint': 'days since the last complaint (null if none)',
  'conversation.daysSinceLastContact': 'days since the last event in any direction (null if none)',
  'conversation.daysSinceLastPurchase': 'days since the last purchase (null if none)',
  'conversation.mood': 'recency-weighted mean sentiment, -1..1 (0 when unknown)',
  'conversation.moodTrend': 'recent minus earlier sentiment; negative when the mood is falling',
  'conversation.quiet': 'true while outbound selling is paused after a complaint',
  'conversation.purchasesLast90Days': 'number of purchases in the last 90 days',
  'conversation.outboundLast7Days': 'outbound contacts in the last 7 days, all channels',
  'context.channel': 'channel asking for a decision',
  'context.direction': 'inbound or outbound',
  'context.hourOfDay': 'hour of the request, 0..23 UTC',
  'context.dayOfWeek': 'day of the request, 0 (Sunday)..6 UTC',
};

/** Prefixes under which any key is accepted: free-form attributes and request context. */
export const OPEN_RULE_VARIABLE_PREFIXES: readonly string[] = ['customer.attributes.', 'context.'];

/** Path segments that could reach an object's prototype; never allowed in a rule. */
export const FORBIDDEN_PATH_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

export function isKnownRuleVariable(path: string): boolean {
  if (path in RULE_VARIABLES) return true;
  return OPEN_RULE_VARIABLE_PREFIXES.some((prefix) => path.startsWith(prefix) && path.length > prefix.length);
}
