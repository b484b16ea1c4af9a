import {
  type InteractionEntity,
  OfferEntity,
  type RecommendationEntity,
  toConsentRecords,
  toDecisionCustomer,
  toInteractionRecords,
  toRecommendationRows,
} from '@rapport/data-access';
import { type Decision } from '@rapport/decisioning';
import { MS_PER_DAY, RapportError, uuidV7 } from '@rapport/shared-util';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { type DecisionEngineCache } from './decision-engine.cache';
import { type DecisionRecorder } from './decision-recorder';
import { type DecisionStateLoader } from './load-decision-state';

export interface NextBestActionsRequest {
  customerId: string;
  channel: string;
  direction: 'inbound' | 'outbound';
  context: Record<string, unknown>;
  limit: number;
  now: Date;
  /** List every dropped offer with its reason (`decision.suppressed`); only when the caller shows it. */
  explain: boolean;
}

/** What a real-time decision needs from the process: the database, the state reader, the cached engine, the writer. */
export interface DecisionServices {
  dataSource: DataSource;
  states: DecisionStateLoader;
  engines: DecisionEngineCache;
  recorder: DecisionRecorder;
}

export interface NextBestActionsResult {
  decision: Decision;
  recommendations: RecommendationEntity[];
  /** Every offer the decision names (recommended or suppressed), by id; one deleted meanwhile is missing. */
  offers: ReadonlyMap<string, OfferEntity>;
}

/** How long a real-time recommendation stays actionable. */
const REALTIME_TTL_MS = MS_PER_DAY;

/**
 * Decides in real time: loads the customer and their state (one statement with only the columns
 * decisioning reads, shared with concurrent decisions — see DecisionStateLoader), runs the same
 * engine as the batch worker, and records the decision — its recommendations and one impression
 * interaction each, with the propensity and selection probability used (for learning, contact
 * policies and offline evaluation) — in one transaction, shared with concurrent decisions (see
 * DecisionRecorder).
 */
export async function decideNextBestActions(
  services: DecisionServices,
  request: NextBestActionsRequest,
): Promise<NextBestActionsResult> {
  // The engine (cached, rebuilt only when the catalog changed) is fetched alongside the state.
  const [{ customer, events, interactions, consents }, { engine, offers: catalog }] = await Promise.all([
    services.states.load(request.customerId, request.now),
    services.engines.get(),
  ]);
  if (!customer || customer.erasedAt)
    throw new RapportError('NOT_FOUND', `no customer with id ${request.customerId}`, 'customerId');
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
    explain: request.explain,
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
  await services.recorder.record({ recommendations, impressions });
  return { decision, recommendations, offers: await offersNamedBy(decision, catalog, services.dataSource.manager) };
}

/**
 * The offers a decision names, from the engine's catalog; the database is asked only for an offer
 * the cached rows lack (activated while the engine was being built).
 */
async function offersNamedBy(
  decision: Decision,
  catalog: ReadonlyMap<string, OfferEntity>,
  m: EntityManager,
): Promise<ReadonlyMap<string, OfferEntity>> {
  // A plain loop: an explained decision names most of a 500-offer catalog, every request.
  let missingIds: Set<string> | null = null;
  for (const named of [decision.recommendations, decision.suppressed])
    for (const { offerId } of named) if (!catalog.has(offerId)) (missingIds ??= new Set()).add(offerId);
  if (!missingIds) return catalog;
  const missing = [...missingIds];
  const found = await m.find(OfferEntity, { where: { id: In(missing) } });
  return new Map([...catalog, ...found.map((o) => [o.id, o] as const)]);
}
