import { type Instant } from '../time';

export type ConversationEventKind =
  | 'purchase'
  | 'complaint'
  | 'complaint_resolved'
  | 'inquiry'
  | 'service_request'
  | 'service_resolved'
  | 'offer_presented'
  | 'offer_accepted'
  | 'offer_rejected'
  | 'page_view'
  | 'message';

/** One turn of the customer's conversation, as the data layer stores it (conversation_events). */
export interface ConversationEventInput {
  channel: string;
  direction: 'inbound' | 'outbound';
  kind: ConversationEventKind | string;
  /** Open-topic key: a complaint or service request opens it, its resolution closes it. */
  topic?: string | null;
  occurredAt: Instant;
  /** -1 (angry) .. 1 (delighted). */
  sentiment?: number | null;
  amount?: number | null;
  /** Set when the event is about an engine offer (then contact policies count the interaction). */
  offerId?: string | null;
}
