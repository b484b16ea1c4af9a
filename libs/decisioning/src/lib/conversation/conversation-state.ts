/** Per-channel contact pressure: how often we reached out and how often the customer did. */
export interface ChannelPressure {
  outbound7Days: number;
  outbound30Days: number;
  inbound7Days: number;
}

/**
 * What the conversation says now. Rules read it as `conversation.*`; times are epoch ms.
 */
export interface ConversationState {
  /** Topics with an unresolved complaint or service request ("general" when untagged). */
  openTopics: string[];
  hasOpenComplaint: boolean;
  hasOpenServiceRequest: boolean;
  lastComplaintAt: number | null;
  daysSinceLastComplaint: number | null;
  lastContactAt: number | null;
  daysSinceLastContact: number | null;
  daysSinceLastPurchase: number | null;
  purchasesLast90Days: number;
  /** Recency-weighted mean sentiment (half-life 30 days), 0 when no event carries one. */
  mood: number;
  /** Mean sentiment of the last 14 days minus that of the 76 days before; < 0 when souring. */
  moodTrend: number;
  /** No outbound selling before this time (a complaint is open or was recent); null = not quiet. */
  quietUntil: number | null;
  quiet: boolean;
  quietReason: 'open-complaint' | 'recent-complaint' | null;
  outboundLast7Days: number;
  pressure: Record<string, ChannelPressure>;
}
