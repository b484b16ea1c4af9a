import { type ContactPurpose, type OfferKind, type OfferMode } from './offer';

export type CompiledPredicate = (data: unknown) => boolean;

/** One rule family of a group or offer, compiled, with the text the explanation shows. */
export interface CompiledRuleSlot {
  /** Shared by every slot with the same rule expression (see compileCatalog). */
  test: CompiledPredicate;
  /** Stable id for explanations, e.g. `group:Sales/Cards:suitability`. */
  ruleId: string;
  reason: string;
}

export interface CompiledGroup {
  index: number;
  issue: string;
  groupName: string;
  /** [eligibility, applicability, suitability]; null = no rule. */
  rules: readonly [CompiledRuleSlot | null, CompiledRuleSlot | null, CompiledRuleSlot | null];
}

export interface CompiledOffer {
  index: number;
  id: string;
  code: string;
  name: string;
  kind: OfferKind;
  issue: string;
  groupName: string;
  groupIndex: number;
  purpose: ContactPurpose;
  mode: OfferMode;
  channels: readonly string[];
  treatments: Readonly<Record<string, string>>;
  value: number;
  lever: number;
  validFromMs: number;
  validToMs: number;
  version: number;
  rules: readonly [CompiledRuleSlot | null, CompiledRuleSlot | null, CompiledRuleSlot | null];
}

/** A catalog prepared for fast decisions: rules compiled, offers indexed by channel. */
export interface CompiledCatalog {
  offers: readonly CompiledOffer[];
  groups: readonly CompiledGroup[];
  byId: ReadonlyMap<string, CompiledOffer>;
  byChannel: ReadonlyMap<string, readonly CompiledOffer[]>;
  /** Changes whenever an offer version changes; recorded with every decision. */
  version: string;
}
