import {
  bulkInsert,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  InteractionEntity,
  DECISION_EVENT_WINDOW_DAYS,
  DECISION_INTERACTION_WINDOW_DAYS,
  OfferEntity,
  RecommendationEntity,
  toConsentRecords,
  toDecisionCustomer,
  toInteractionRecords,
  toRecommendationRows,
} from '@rapport/data-access';
import { type Decision } from '@rapport/decisioning';
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
 * Decides in real time: loads the customer's state (four queries, three of them in parallel), runs the same engine as
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
  const since = (days: number) => MoreThanOrEqual(new Date(request.now.getTime() - days * MS_PER_DAY));
  // The engine (cached, rebuilt only when the catalog changed) is fetched alongside the state.
  const [events, interactions, consents, { engine }] = await Promise.all([
    m.find(ConversationEventEntity, {
      where: { customerId: customer.id, occurredAt: since(DECISION_EVENT_WINDOW_DAYS) },
    }),
    m.find(InteractionEntity, {
      where: { customerId: customer.id, occurredAt: since(DECISION_INTERACTION_WINDOW_DAYS) },
    }),
    m.find(ConsentEntity, { where: { customerId: customer.id } }),
    engines.get(),
  ]);
  const decision = engine.decide({
    decisionId: uuidV7(),
    customer: toDecisionCustomer(customer, request.now),
    channel: request.channel,
    direction: request.direction,
    context: request.context,
    now: request.now,
    limit: request.limit,
    events,
    interactions: toInteractionRecords(interactions),
    consents: toConsentRecords(consents),
    explain: true,
  });

  const recommendations = toRecommendationRows(decision, {
    source: 'realtime',
    batchRunId: null,
    generatedAt: request.now,
    expiresAt: new Date(request.now.getTime() + REALTIME_TTL_MS),
    newId: uuidV7,
  });
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
