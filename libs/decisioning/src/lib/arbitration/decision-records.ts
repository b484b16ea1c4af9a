import { type LoggedAction } from '../ope/logged-action';
import { type Decision } from './decision';

/**
 * One stored recommendation (recommendations table) plus what offline evaluation needs: the
 * propensity used and the probability the policy chose this offer at this rank, which the
 * impression interaction must also keep (interactions.propensity / selectionProbability).
 */
export interface DecisionRecord {
  decisionId: string;
  customerId: string;
  offerId: string;
  channel: string;
  rank: number;
  priority: number;
  propensity: number;
  contextWeight: number;
  value: number;
  lever: number;
  reasons: string[];
  modelVersion: string;
  modelKey: string;
  control: boolean;
  selectionProbability: number;
  generatedAt: Date;
}

/** Rows to store for a decision, one per recommendation, in rank order. */
export function toDecisionRecords(decision: Decision): DecisionRecord[] {
  return decision.recommendations.map((r) => ({
    decisionId: decision.id,
    customerId: decision.customerId,
    offerId: r.offerId,
    channel: r.channel,
    rank: r.rank,
    priority: r.priority,
    propensity: r.propensity,
    contextWeight: r.contextWeight,
    value: r.value,
    lever: r.lever,
    reasons: r.reasons,
    modelVersion: decision.modelVersion,
    modelKey: r.modelKey,
    control: r.control,
    selectionProbability: r.selectionProbability,
    generatedAt: new Date(decision.decidedAt),
  }));
}

/** A stored record and its outcome as a log line for offline policy evaluation. */
export function toLoggedAction(record: Pick<DecisionRecord, 'offerId' | 'selectionProbability'>, context: string, reward: number): LoggedAction {
  return { context, action: record.offerId, selectionProbability: record.selectionProbability, reward };
}
