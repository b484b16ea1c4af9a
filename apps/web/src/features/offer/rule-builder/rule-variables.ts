/**
 * Variables offer rules may read, with what they mean. Mirrors RULE_VARIABLES in
 * libs/decisioning (the web client may not import domain libs); the gateway validates rules
 * against the real list when an offer is published, so a drift shows as a field error.
 */
export const RULE_VARIABLES: ReadonlyArray<{ value: string; description: string }> = [
  { value: 'customer.segment', description: 'Value segment (champions, loyal, at_risk, hibernating, new)' },
  { value: 'customer.clv', description: 'Discounted customer lifetime value' },
  { value: 'customer.pAlive', description: 'Probability the customer is still active (0..1)' },
  { value: 'customer.expectedPurchases', description: 'Expected purchases over the value horizon' },
  { value: 'conversation.hasOpenComplaint', description: 'True while a complaint is unresolved' },
  { value: 'conversation.hasOpenServiceRequest', description: 'True while a service request is unresolved' },
  { value: 'conversation.daysSinceLastComplaint', description: 'Days since the last complaint' },
  { value: 'conversation.daysSinceLastContact', description: 'Days since the last contact' },
  { value: 'conversation.daysSinceLastPurchase', description: 'Days since the last purchase' },
  { value: 'conversation.mood', description: 'Recent sentiment, −1..1' },
  { value: 'conversation.quiet', description: 'True while outbound selling is paused after a complaint' },
  { value: 'conversation.purchasesLast90Days', description: 'Purchases in the last 90 days' },
  { value: 'conversation.outboundLast7Days', description: 'Outbound contacts in the last 7 days' },
  { value: 'context.channel', description: 'Channel asking for a decision' },
  { value: 'context.direction', description: 'inbound or outbound' },
  { value: 'context.hourOfDay', description: 'Hour of the request, 0..23 UTC' },
];
