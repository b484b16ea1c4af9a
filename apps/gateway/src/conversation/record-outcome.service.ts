import { randomUUID } from 'node:crypto';
import {
  ConversationEventEntity,
  findOrCopyRecommendationRow,
  InteractionEntity,
  isUniqueViolation,
  OfferEntity,
  RecommendationEntity,
} from '@rapport/data-access';
import { type TrackedOutcome } from '@rapport/decisioning';
import { type RecommendationOutcome } from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';
import { learnFromOutcome, type StoredModelState } from '../decisioning/learn-from-outcome';

/** What the customer's answer adds to the one conversation (nothing for mere impressions). */
const CONVERSATION_KIND: Partial<Record<RecommendationOutcome, string>> = {
  accepted: 'offer_accepted',
  rejected: 'offer_rejected',
  complained: 'complaint',
};

export interface RecordOutcomeResult {
  recommendation: RecommendationEntity;
  created: boolean;
  /** Propensity model states changed by this outcome (empty on a repeat or a non-response). */
  learned: StoredModelState[];
}

/**
 * Sets the recommendation's outcome, appends one interactions row (what contact policies count),
 * adds the answer to the conversation timeline, and updates the offer's propensity models — all
 * in one transaction and idempotently: the key is the caller's idempotencyKey, or
 * `<recommendationId>:<outcome>`, so a retry records and learns nothing new.
 */
export async function recordOutcome(
  dataSource: DataSource,
  recommendationId: string,
  outcome: RecommendationOutcome,
  idempotencyKey: string | null,
  now: Date,
): Promise<RecordOutcomeResult> {
  const key = idempotencyKey ?? `${recommendationId}:${outcome}`;
  const attempt = () =>
    dataSource.transaction(async (manager) => {
      // A batch recommendation gets its own row here, the first time an outcome arrives for it.
      const recommendation = await findOrCopyRecommendationRow(manager, recommendationId);
      if (!recommendation)
        throw new RapportError('NOT_FOUND', `no recommendation with id ${recommendationId}`, 'recommendationId');
      if (await manager.existsBy(InteractionEntity, { idempotencyKey: key }))
        return { recommendation, created: false, learned: [] };
      await manager.update(RecommendationEntity, { id: recommendationId }, { outcome, outcomeAt: now });
      await manager.insert(InteractionEntity, {
        id: randomUUID(),
        customerId: recommendation.customerId,
        offerId: recommendation.offerId,
        recommendationId,
        channel: recommendation.channel,
        outcome,
        occurredAt: now,
        propensity: recommendation.propensity,
        selectionProbability: null,
        idempotencyKey: key,
      });
      const kind = CONVERSATION_KIND[outcome];
      if (kind) {
        const offer = await manager.findOne(OfferEntity, {
          select: { id: true, name: true },
          where: { id: recommendation.offerId },
        });
        const offerName = offer ? `“${offer.name}”` : 'a recommended offer';
        await manager.insert(ConversationEventEntity, {
          id: randomUUID(),
          customerId: recommendation.customerId,
          identityId: null,
          source: 'rapport',
          externalId: `outcome:${key}`,
          channel: recommendation.channel,
          direction: 'inbound',
          kind,
          topic: kind === 'complaint' ? 'offer' : null,
          occurredAt: now,
          summary: `${outcome === 'complained' ? 'Complained about' : outcome === 'accepted' ? 'Accepted' : 'Rejected'} ${offerName}`,
          sentiment: outcome === 'accepted' ? 0.5 : outcome === 'rejected' ? -0.1 : -0.8,
          amount: null,
          agent: null,
          offerId: recommendation.offerId,
          recommendationId,
          createdAt: now,
        });
      }
      const learned = await learnFromOutcome(manager, recommendation, outcome as TrackedOutcome, now);
      return { recommendation: Object.assign(recommendation, { outcome, outcomeAt: now }), created: true, learned };
    });
  try {
    return await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}
