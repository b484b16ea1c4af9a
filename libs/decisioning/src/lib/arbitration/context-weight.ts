import { type OfferSelector } from '../catalog/offer-selector';
import { type RuleExpression } from '../rules/rule-expression';

/**
 * C in P × C × V × L: when `when` holds for the request (rule data: customer, conversation,
 * context), offers matching `appliesTo` get their priority multiplied by `weight`. Weights of
 * several matching rules multiply. With `rankFirst`, matching offers also form a tier ranked
 * ahead of every other offer (then by priority within the tier): "service actions first" after a
 * complaint is a rule, not a likelihood, and a multiplier alone cannot guarantee it while
 * Thompson sampling explores.
 */
export interface ContextWeightRule {
  id: string;
  when: RuleExpression;
  appliesTo: OfferSelector;
  weight: number;
  rankFirst?: boolean;
}

/** Defaults: an inbound complaint or an open complaint puts help first. */
export const DEFAULT_CONTEXT_WEIGHTS: readonly ContextWeightRule[] = [
  {
    id: 'complaint-contact-favours-service',
    when: { or: [{ '==': [{ var: 'context.intent' }, 'complaint'] }, { var: 'conversation.hasOpenComplaint' }] },
    appliesTo: { kinds: ['service'] },
    weight: 3,
    rankFirst: true,
  },
  {
    id: 'falling-mood-favours-retention',
    when: { '<': [{ var: 'conversation.moodTrend' }, -0.3] },
    appliesTo: { kinds: ['retention'] },
    weight: 1.5,
  },
];
