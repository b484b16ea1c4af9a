import {
  type ConsentEntity,
  type ConversationEventEntity,
  type CustomerEntity,
  type IdentityEntity,
  type OfferEntity,
  type OfferRevisionEntity,
  type RecommendationEntity,
  type TransactionEntity,
} from '@rapport/data-access';
import {
  type Channel,
  type Consent,
  type ConsentPurpose,
  type ConsentStatus,
  type ConversationEvent,
  type ConversationEventKind,
  type Customer,
  type CustomerValue,
  type Direction,
  type Identity,
  type Offer,
  type OfferKind,
  type OfferMode,
  type OfferRevision,
  type OfferRevisionAction,
  type OfferStatus,
  type Recommendation,
  type RecommendationOutcome,
  type Transaction,
} from '@rapport/graphql-schema';
import { maskEmail, maskPhone } from './mask-contact';

/*
 * Entities → GraphQL objects. The GraphQL enums' values are the strings stored in the database,
 * so enum columns pass through with a cast. Masking for roles that may not see contact details
 * happens here, once, so no resolver can forget it.
 */

export function toCustomer(entity: CustomerEntity, unmasked: boolean): Customer {
  return {
    id: entity.id,
    firstName: entity.firstName,
    lastName: entity.lastName,
    email: unmasked ? entity.email : maskEmail(entity.email),
    phone: unmasked ? entity.phone : maskPhone(entity.phone),
    contactMasked: !unmasked,
    dateOfBirth: unmasked ? entity.dateOfBirth : null,
    addressLine: unmasked ? entity.addressLine : null,
    postcode: unmasked ? entity.postcode : null,
    city: entity.city,
    segment: entity.segment,
    erasedAt: entity.erasedAt,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** Null when the customer was never scored. */
export function toCustomerValue(entity: CustomerEntity): CustomerValue | null {
  if (entity.clv === null && entity.pAlive === null && entity.valueUpdatedAt === null) return null;
  return {
    clv: entity.clv,
    pAlive: entity.pAlive,
    expectedPurchases: entity.expectedPurchases,
    expectedSpend: entity.expectedSpend,
    segment: entity.segment,
    updatedAt: entity.valueUpdatedAt,
  };
}

export function toIdentity(entity: IdentityEntity, unmasked: boolean): Identity {
  const evidence = entity.matchEvidence;
  return {
    id: entity.id,
    source: entity.source,
    sourceKey: entity.sourceKey,
    firstName: entity.firstName,
    lastName: entity.lastName,
    email: unmasked ? entity.email : maskEmail(entity.email),
    phone: unmasked ? entity.phone : maskPhone(entity.phone),
    dateOfBirth: unmasked ? entity.dateOfBirth : null,
    addressLine: unmasked ? entity.addressLine : null,
    postcode: unmasked ? entity.postcode : null,
    city: entity.city,
    attributes: unmasked ? entity.attributes : null,
    matchEvidence: evidence
      ? {
          score: evidence.score,
          method: evidence.method,
          comparisons: evidence.comparisons ?? null,
          matchedIdentityId: evidence.matchedIdentityId ?? null,
        }
      : null,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toConsent(entity: ConsentEntity): Consent {
  return {
    id: entity.id,
    channel: entity.channel as Channel,
    purpose: entity.purpose as ConsentPurpose,
    status: entity.status as ConsentStatus,
    source: entity.source,
    updatedAt: entity.updatedAt,
  };
}

export function toConversationEvent(entity: ConversationEventEntity): ConversationEvent {
  return {
    id: entity.id,
    customerId: entity.customerId,
    source: entity.source,
    externalId: entity.externalId,
    channel: entity.channel as Channel,
    direction: entity.direction as Direction,
    kind: entity.kind as ConversationEventKind,
    topic: entity.topic,
    occurredAt: entity.occurredAt,
    summary: entity.summary,
    sentiment: entity.sentiment,
    amount: entity.amount,
    agent: entity.agent,
    offerId: entity.offerId,
    recommendationId: entity.recommendationId,
    createdAt: entity.createdAt,
  };
}

export function toOffer(entity: OfferEntity): Offer {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    description: entity.description,
    kind: entity.kind as OfferKind,
    issue: entity.issue,
    group: entity.groupName,
    channels: entity.channels as Channel[],
    treatments: Object.entries(entity.treatments ?? {}).map(([channel, text]) => ({
      channel: channel as Channel,
      text,
    })),
    value: entity.value,
    lever: entity.lever,
    mode: entity.mode as OfferMode,
    eligibility: entity.eligibility,
    applicability: entity.applicability,
    suitability: entity.suitability,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    status: entity.status as OfferStatus,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toOfferRevision(entity: OfferRevisionEntity): OfferRevision {
  return {
    id: entity.id,
    version: entity.version,
    action: entity.action as OfferRevisionAction,
    actor: entity.actor,
    changes: entity.changes,
    snapshot: entity.snapshot,
    createdAt: entity.createdAt,
  };
}

export function toRecommendation(entity: RecommendationEntity): Recommendation {
  return {
    id: entity.id,
    customerId: entity.customerId,
    offerId: entity.offerId,
    channel: entity.channel as Channel,
    decisionId: entity.decisionId,
    rank: entity.rank,
    priority: entity.priority,
    propensity: entity.propensity,
    contextWeight: entity.contextWeight,
    value: entity.value,
    lever: entity.lever,
    reasons: entity.reasons,
    modelVersion: entity.modelVersion,
    source: entity.source,
    control: Boolean(entity.control),
    generatedAt: entity.generatedAt,
    expiresAt: entity.expiresAt,
    outcome: entity.outcome as RecommendationOutcome | null,
    outcomeAt: entity.outcomeAt,
  };
}

export function toTransaction(entity: TransactionEntity): Transaction {
  return {
    id: entity.id,
    source: entity.source,
    externalId: entity.externalId,
    occurredAt: entity.occurredAt,
    amount: entity.amount,
    currency: entity.currency,
    channel: entity.channel,
  };
}
