import { type OfferKind, type OfferMode } from '../catalog/offer';
import { type ConsentRecord } from '../policies/consent';
import { type ConversationEventInput } from '../conversation/conversation-event';
import { type ConversationState } from '../conversation/conversation-state';
import { type InteractionRecord } from '../policies/tracked-outcome';
import { type Instant } from '../time';
import { type CustomerValueFigures } from '../value/customer-value';

/** The resolved customer as decisioning sees it: CLV figures plus free-form attributes for rules. */
export interface CustomerState extends CustomerValueFigures {
  id: string;
  /** Readable by rules as `customer.attributes.<name>`. */
  attributes?: Readonly<Record<string, unknown>>;
}

/** One request for a decision: who, where, in what context, with the state the caller loaded. */
export interface DecisionRequest {
  /** Caller-chosen id (e.g. a UUID the gateway stores); generated when omitted. */
  decisionId?: string;
  customer: CustomerState;
  channel: string;
  /** inbound: the customer is here (web, call); outbound: we are about to send. Default inbound. */
  direction?: 'inbound' | 'outbound';
  /** Request context readable by rules as `context.*`, e.g. `{ intent: 'complaint' }`. */
  context?: Readonly<Record<string, unknown>>;
  now: Instant;
  /** Top N to return (default 1); mandatory offers come on top of it. */
  limit?: number;
  /** Recent conversation events (the last 90 days or more). */
  events?: readonly ConversationEventInput[];
  /** Interaction history across all the customer's identities, long enough for every policy window. */
  interactions?: readonly InteractionRecord[];
  consents?: readonly ConsentRecord[];
  /** Build the full explanation (default true); false keeps only counts, for batch runs. */
  explain?: boolean;
  /** Pass a state already derived from `events` to skip deriving it again. */
  conversation?: ConversationState;
}

export const SUPPRESSION_STAGES = [
  'validity',
  'eligibility',
  'applicability',
  'suitability',
  'consent',
  'contact-policy',
  'outbound-cap',
  'arbitration',
] as const;
/** Where in the pipeline an offer was dropped, in pipeline order. */
export type SuppressionStage = (typeof SUPPRESSION_STAGES)[number];

/** An offer that was a candidate on the channel but not returned, and the first rule that dropped it. */
export interface SuppressedOffer {
  offerId: string;
  code: string;
  stage: SuppressionStage;
  /** Id of the rule, policy or cap, e.g. `group:Sales/Cards:suitability`, `policy:complaint-silence`. */
  ruleId: string;
  reason: string;
  /** Priority for offers dropped by arbitration; null otherwise. */
  priority: number | null;
}

/** A chosen action with every factor of its priority and why it was chosen. */
export interface Recommendation {
  offerId: string;
  code: string;
  name: string;
  kind: OfferKind;
  issue: string;
  groupName: string;
  mode: OfferMode;
  channel: string;
  treatment: string;
  /** 1-based. */
  rank: number;
  /** P × C × V × L (0 for mandatory offers, which bypass arbitration). */
  priority: number;
  /** P: the propensity drawn by Thompson sampling and used in the priority. */
  propensity: number;
  /** Posterior mean propensity (what the model believes; feeds the AUC report). */
  propensityMean: number;
  contextWeight: number;
  value: number;
  lever: number;
  /** Probability the logging policy puts this offer at this rank (for IPW); 1 for mandatory offers. */
  selectionProbability: number;
  /** Key of the propensity model used (model_states.key). */
  modelKey: string;
  evidence: number;
  /** Chosen at random for the control group. */
  control: boolean;
  reasons: string[];
}

export interface Decision {
  id: string;
  customerId: string;
  channel: string;
  direction: 'inbound' | 'outbound';
  decidedAt: number;
  /** Catalog version and propensity method, recorded with each recommendation. */
  modelVersion: string;
  /** The whole decision was drawn at random (control group). */
  control: boolean;
  recommendations: Recommendation[];
  /** Every dropped candidate with its reason (empty when `explain` was false). */
  suppressed: SuppressedOffer[];
  suppressedCounts: Record<SuppressionStage, number>;
  /** Offers with a treatment on the channel. */
  candidateCount: number;
  conversation: ConversationState;
}
