import { type RuleExpression } from '../rules/rule-expression';

export const OFFER_KINDS = ['sales', 'retention', 'service', 'education'] as const;
/** What an action is for; decides its purpose (consent) and how CLV adjusts its value. */
export type OfferKind = (typeof OFFER_KINDS)[number];

export const OFFER_MODES = ['default', 'mandatory', 'transactional'] as const;
/**
 * - `default`: arbitrated, capped, subject to every policy.
 * - `mandatory`: compliance or outage notices; bypass outbound caps and arbitration (always
 *   returned, ahead of ranked offers, even beyond the limit) but not engagement rules, consent or
 *   contact-policy repeat suppression.
 * - `transactional`: e.g. a receipt; arbitrated like `default` but neither limited by nor
 *   counted towards outbound caps.
 */
export type OfferMode = (typeof OFFER_MODES)[number];

export type OfferStatus = 'draft' | 'active' | 'retired';

/** Consent purpose: service actions need no marketing consent (only the absence of a refusal). */
export type ContactPurpose = 'marketing' | 'service';

/** A catalog entry as the data layer stores it (offers table), in plain values. */
export interface OfferDefinition {
  id: string;
  code: string;
  name: string;
  kind: OfferKind;
  /** Taxonomy level 1, e.g. Sales, Retention, Service, Education. */
  issue: string;
  /** Taxonomy level 2 within the issue, e.g. Cards. Groups may carry inherited rules. */
  groupName: string;
  channels: readonly string[];
  /** Channel → treatment (text shown or sent). An offer is a candidate only where it has one. */
  treatments: Readonly<Record<string, string>>;
  /** Margin of one acceptance, in the catalog currency. */
  value: number;
  /** Business lever, 1 = neutral. */
  lever: number;
  mode?: OfferMode;
  eligibility?: RuleExpression;
  applicability?: RuleExpression;
  suitability?: RuleExpression;
  validFrom?: Date | number | null;
  validTo?: Date | number | null;
  /** Only `active` offers are candidates (missing = active). */
  status?: OfferStatus;
  version?: number;
  /** Text explanations show when a rule fails, e.g. `{ suitability: 'a complaint is open' }`. */
  ruleReasons?: Partial<Record<RuleFamily, string>>;
  /** Overrides the purpose derived from the kind (service → service, anything else → marketing). */
  purpose?: ContactPurpose;
}

/** Rules shared by every offer of a group; an offer passes a family only if both pass. */
export interface OfferGroupDefinition {
  issue: string;
  groupName: string;
  eligibility?: RuleExpression;
  applicability?: RuleExpression;
  suitability?: RuleExpression;
  ruleReasons?: Partial<Record<RuleFamily, string>>;
}

export const RULE_FAMILIES = ['eligibility', 'applicability', 'suitability'] as const;
/** Engagement-policy families, evaluated in this order. */
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export function purposeOf(offer: Pick<OfferDefinition, 'kind' | 'purpose'>): ContactPurpose {
  return offer.purpose ?? (offer.kind === 'service' ? 'service' : 'marketing');
}
