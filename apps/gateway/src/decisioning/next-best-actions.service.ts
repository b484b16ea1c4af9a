import {
  bulkInsert,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  InteractionEntity,
  OfferEntity,
  RecommendationEntity,
} from '@rapport/data-access';
import { type Decision, type TrackedOutcome } from '@rapport/decisioning';
import { MS_PER_DAY, RapportError, uuidV7 } from '@rapport/shared-util';
import { In, MoreThanOrEqual, type DataSource } from 'typeorm';
import { type DecisionEngineCache } from './decision-engine.cache';

export interface NextBestActionsRequest {
  customerId: string;
  channel: string;
  direction: 'inbound' | 'outbound';
  context: Record<string, unknown>;
  limit: number;
  now: Date;
}

export interface NextBestActionsResult {
  decision: Decision;
  recommendations: RecommendationEntity[];
  suppressedOffers: Map<string, OfferEntity>;
}

/** How long a real-time recommendation stays actionable. */
const REALTIME_TTL_MS = MS_PER_DAY;

/**
 * Decides in real time: loads the customer's state (four set queries), runs the same engine as
 * the batch worker, and records the decision — its recommendations and one impression
 * interaction each, with the propensity and selection probability used (for learning, contact
 * policies and offline evaluation) — in one transaction.
 */
export async function decideNextBestActions(
  dataSource: DataSource,
  engines: DecisionEngineCache,
  request: NextBestActionsRequest,
): Promise<NextBestActionsResult> {
  const m = dataSource.manager;
  const customer = await m.findOneBy(CustomerEntity, { id: request.customerId });
  if (!customer || customer.erasedAt)
    throw new RapportError('NOT_FOUND', `no customer with id ${request.customerId}`, 'customerId');
  const [events, interactions, consents] = await Promise.all([
    m.find(ConversationEventEntity, {
      where: {
        customerId: customer.id,
        occurredAt: MoreThanOrEqual(new Date(request.now.getTime() - 180 * MS_PER_DAY)),
      },
    }),
    m.find(InteractionEntity, {
      where: {
        customerId: customer.id,
        occurredAt: MoreThanOrEqual(new Date(request.now.getTime() - 90 * MS_PER_DAY)),
      },
    }),
    m.find(ConsentEntity, { where: { customerId: customer.id } }),
  ]);
  const { engine } = await engines.get();
  const born = customer.dateOfBirth ? Date.parse(customer.dateOfBirth) : NaN;
  const decision = engine.decide({
    decisionId: uuidV7(),
    customer: {
      id: customer.id,
      clv: customer.clv,
      pAlive: customer.pAlive,
      expectedPurchases: customer.expectedPurchases,
      segment: customer.segment,
      attributes: {
        age: Number.isNaN(born) ? null : Math.floor((request.now.getTime() - born) / (365.2425 * MS_PER_DAY)),
        tenureDays: Math.floor((request.now.getTime() - customer.createdAt.getTime()) / MS_PER_DAY),
      },
    },
    channel: request.channel,
    direction: request.direction,
    context: request.context,
    now: request.now,
    limit: request.limit,
    events,
    interactions: interactions.map((i) => ({
      offerId: i.offerId,
      channel: i.channel,
      outcome: i.outcome as TrackedOutcome,
      occurredAt: i.occurredAt,
    })),
    consents: consents.map((c) => ({
      channel: c.channel,
      purpose: c.purpose as 'marketing' | 'service',
      status: c.status,
    })),
    explain: true,
  });

  const recommendations: RecommendationEntity[] = decision.recommendations.map((r) => ({
    id: uuidV7(),
    customerId: customer.id,
    offerId: r.offerId,
    channel: request.channel,
    decisionId: decision.id,
    rank: r.rank,
    priority: r.priority,
    propensity: r.propensity,
    contextWeight: r.contextWeight,
    value: r.value,
    lever: r.lever,
    reasons: r.reasons,
    modelVersion: decision.modelVersion,
    source: 'realtime',
    batchRunId: null,
    control: r.control,
    generatedAt: request.now,
    expiresAt: new Date(request.now.getTime() + REALTIME_TTL_MS),
    outcome: null,
    outcomeAt: null,
  }));
  const impressions: InteractionEntity[] = recommendations.map((r, i) => ({
    id: uuidV7(),
    customerId: customer.id,
    offerId: r.offerId,
    recommendationId: r.id,
    channel: request.channel,
    outcome: 'impression',
    occurredAt: request.now,
    propensity: decision.recommendations[i].propensity,
    selectionProbability: decision.recommendations[i].selectionProbability,
    idempotencyKey: `${r.id}:impression`,
  }));
  if (recommendations.length > 0) {
    await dataSource.transaction(async (tx) => {
      await bulkInsert(tx, RecommendationEntity, recommendations);
      await bulkInsert(tx, InteractionEntity, impressions);
    });
  }
  const suppressedIds = [...new Set(decision.suppressed.map((s) => s.offerId))];
  const suppressedOffers = new Map(
    (suppressedIds.length ? await m.find(OfferEntity, { where: { id: In(suppressedIds) } }) : []).map((o) => [o.id, o]),
  );
  return { decision, recommendations, suppressedOffers };
}
