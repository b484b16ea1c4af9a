/**
 * @packageDocumentation
 * Rapport's next-best-action engine: pure TypeScript (no I/O), usable in the gateway, the worker
 * and a browser. Callers load the customer's state, call {@link DecisionEngine.decide}, store the
 * decision, and feed outcomes back to {@link PropensityStore.update}. See README.md.
 */

// Catalog
export {
  OFFER_KINDS,
  OFFER_MODES,
  RULE_FAMILIES,
  purposeOf,
  type ContactPurpose,
  type OfferDefinition,
  type OfferGroupDefinition,
  type OfferKind,
  type OfferMode,
  type OfferStatus,
  type RuleFamily,
} from './lib/catalog/offer';
export { matchesSelector, type OfferSelector } from './lib/catalog/offer-selector';
export { compileCatalog } from './lib/catalog/compile-catalog';
export { type CompiledCatalog, type CompiledOffer, type CompiledGroup } from './lib/catalog/compiled-catalog';
export { validateOffer, validateOfferGroup, assertPublishableOffer } from './lib/catalog/validate-offer';

// Rules
export { type RuleExpression, type FieldError, type CompiledRule, isTruthy } from './lib/rules/rule-expression';
export { compileRule, compilePredicate } from './lib/rules/compile-rule';
export { validateRule, SUPPORTED_RULE_OPERATORS } from './lib/rules/validate-rule';
export { RULE_VARIABLES, isKnownRuleVariable } from './lib/rules/rule-variables';

// Conversation
export { type ConversationEventInput, type ConversationEventKind } from './lib/conversation/conversation-event';
export { type ConversationState, type ChannelPressure } from './lib/conversation/conversation-state';
export { deriveConversationState, type ConversationStateOptions } from './lib/conversation/derive-conversation-state';

// Contact policies, caps, consent
export { type ContactPolicy, type OutboundCap } from './lib/policies/contact-policy';
export { TRACKED_OUTCOMES, type TrackedOutcome, type InteractionRecord, type ResolvedOutcome } from './lib/policies/tracked-outcome';
export { findActivePauses, unitOf, type ActivePause } from './lib/policies/evaluate-contact-policies';
export { remainingOutboundBudget, capApplies } from './lib/policies/evaluate-outbound-caps';
export { isContactAllowed, type ConsentRecord } from './lib/policies/consent';
export { validateContactPolicy, validateOutboundCap } from './lib/policies/validate-contact-policy';

// Propensity
export { selectModelReports, type ModelReportFilter } from './lib/propensity/select-model-reports';
export { PropensityStore, propensityModelKey, ALL_CHANNELS, DEFAULT_POSITIVE_OUTCOMES, type PropensityConfig, type PropensityUpdate, type Posterior } from './lib/propensity/propensity-store';
export { AUC_BINS, emptyModelState, type PropensityModelState, type PropensityModelReport } from './lib/propensity/propensity-model';
export { ThompsonSampler } from './lib/propensity/thompson-sampler';
export { aucFromHistograms } from './lib/propensity/auc';
export { liftFromTotals, measureLift, type LiftObservation, type LiftReport, type LiftTotals } from './lib/propensity/measure-lift';

// Value
export { computeOfferValue, churnRisk } from './lib/value/compute-offer-value';
export { DEFAULT_VALUE_CONFIG, type ValueConfig } from './lib/value/value-config';
export { type CustomerValueFigures } from './lib/value/customer-value';

// Arbitration and decisions
export { DecisionEngine, createDecisionEngine, PROPENSITY_METHOD, type DecisionEngineConfig } from './lib/arbitration/decision-engine';
export { DEFAULT_CONTEXT_WEIGHTS, type ContextWeightRule } from './lib/arbitration/context-weight';
export { toDecisionRecords, toLoggedAction, type DecisionRecord } from './lib/arbitration/decision-records';
export {
  SUPPRESSION_STAGES,
  type CustomerState,
  type Decision,
  type DecisionRequest,
  type Recommendation,
  type SuppressedOffer,
  type SuppressionStage,
} from './lib/arbitration/decision';

// Offline policy evaluation
export { evaluatePolicyOffline, type OffPolicyOptions } from './lib/ope/evaluate-policy-offline';
export { fitTabularRewardModel } from './lib/ope/fit-reward-model';
export { normalQuantile } from './lib/ope/normal-quantile';
export {
  type LoggedAction,
  type TargetPolicy,
  type RewardModel,
  type PolicyValueEstimate,
  type OffPolicyReport,
} from './lib/ope/logged-action';

export { type Instant, toEpochMs } from './lib/time';
