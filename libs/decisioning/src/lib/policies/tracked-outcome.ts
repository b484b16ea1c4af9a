import { type Instant } from '../time';

export const TRACKED_OUTCOMES = ['impression', 'accepted', 'rejected', 'ignored', 'clicked', 'complained', 'sent'] as const;
/** Outcomes the interaction history records (interactions.outcome). */
export type TrackedOutcome = (typeof TRACKED_OUTCOMES)[number];

/** One row of the customer's interaction history (across all their identities). */
export interface InteractionRecord {
  /** null for outcomes about no offer in particular, e.g. a complaint about the service. */
  offerId: string | null;
  channel: string;
  outcome: TrackedOutcome;
  occurredAt: Instant;
}

/** A tracked outcome with its time resolved to epoch ms and its offer's taxonomy attached. */
export interface ResolvedOutcome {
  offerId: string | null;
  groupName: string | null;
  issue: string | null;
  channel: string;
  outcome: TrackedOutcome;
  at: number;
  /** Whether the offer was transactional (its sends do not consume outbound caps). */
  transactional: boolean;
  /** Purpose of the offer; outcomes about no offer count as marketing, the cautious choice. */
  purpose: 'marketing' | 'service';
  mandatory: boolean;
}
