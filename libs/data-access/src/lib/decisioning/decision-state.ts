import {
  type ConsentRecord,
  type CustomerState,
  type Decision,
  type InteractionRecord,
  type TrackedOutcome,
} from '@rapport/decisioning';
import { MS_PER_DAY } from '@rapport/shared-util';
import { type ConsentEntity } from '../entities/consent.entity';
import { type CustomerEntity } from '../entities/customer.entity';
import { type InteractionEntity } from '../entities/interaction.entity';
import { type RecommendationEntity } from '../entities/recommendation.entity';

/**
 * History a decision reads, long enough for every contact-policy window. The gateway (real time)
 * and the worker (batch) load the same windows, so both see the same state.
 */
export const DECISION_EVENT_WINDOW_DAYS = 180;
export const DECISION_INTERACTION_WINDOW_DAYS = 90;

/**
 * A customer row as the decisioning engine sees it: CLV figures plus the attributes rules read
 * (`customer.attributes.age`, `customer.attributes.tenureDays`). `figures` overrides the stored
 * value figures (the batch passes the ones it has just computed).
 */
export function toDecisionCustomer(
  customer: Pick<
    CustomerEntity,
    'id' | 'clv' | 'pAlive' | 'expectedPurchases' | 'segment' | 'dateOfBirth' | 'createdAt'
  >,
  now: Date,
  figures: Partial<Pick<CustomerState, 'clv' | 'pAlive' | 'pAlivePrevious' | 'expectedPurchases' | 'segment'>> = {},
): CustomerState {
  const born = customer.dateOfBirth ? Date.parse(customer.dateOfBirth) : NaN;
  return {
    id: customer.id,
    clv: customer.clv,
    pAlive: customer.pAlive,
    expectedPurchases: customer.expectedPurchases,
    segment: customer.segment,
    ...figures,
    attributes: {
      age: Number.isNaN(born) ? null : Math.floor((now.getTime() - born) / (365.2425 * MS_PER_DAY)),
      tenureDays: Math.floor((now.getTime() - customer.createdAt.getTime()) / MS_PER_DAY),
    },
  };
}

export function toInteractionRecords(
  interactions: ReadonlyArray<Pick<InteractionEntity, 'offerId' | 'channel' | 'outcome' | 'occurredAt'>>,
): InteractionRecord[] {
  return interactions.map((i) => ({
    offerId: i.offerId,
    channel: i.channel,
    outcome: i.outcome as TrackedOutcome,
    occurredAt: i.occurredAt,
  }));
}

export function toConsentRecords(
  consents: ReadonlyArray<Pick<ConsentEntity, 'channel' | 'purpose' | 'status'>>,
): ConsentRecord[] {
  return consents.map((c) => ({
    channel: c.channel,
    purpose: c.purpose as ConsentRecord['purpose'],
    status: c.status,
  }));
}

/** The recommendations rows of a decision, in rank order (batch and real time store the same shape). */
export function toRecommendationRows(
  decision: Decision,
  options: {
    source: 'batch' | 'realtime';
    batchRunId: string | null;
    generatedAt: Date;
    expiresAt: Date | null;
    newId: () => string;
  },
): RecommendationEntity[] {
  return decision.recommendations.map((r) => ({
    id: options.newId(),
    customerId: decision.customerId,
    offerId: r.offerId,
    channel: decision.channel,
    decisionId: decision.id,
    rank: r.rank,
    priority: r.priority,
    propensity: r.propensity,
    contextWeight: r.contextWeight,
    value: r.value,
    lever: r.lever,
    reasons: r.reasons,
    modelVersion: decision.modelVersion,
    source: options.source,
    batchRunId: options.batchRunId,
    control: r.control,
    generatedAt: options.generatedAt,
    expiresAt: options.expiresAt,
    outcome: null,
    outcomeAt: null,
  }));
}
