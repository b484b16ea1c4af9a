import { BatchDecisionEntity } from './batch-decision.entity';
import { BatchRunShardEntity } from './batch-run-shard.entity';
import { BatchRunEntity } from './batch-run.entity';
import { ConsentEntity } from './consent.entity';
import { ConversationEventEntity } from './conversation-event.entity';
import { CustomerEntity } from './customer.entity';
import { IdentityBlockKeyEntity } from './identity-block-key.entity';
import { IdentityLinkEventEntity } from './identity-link-event.entity';
import { IdentityEntity } from './identity.entity';
import { InteractionEntity } from './interaction.entity';
import { ModelStateEntity } from './model-state.entity';
import { OfferRevisionEntity } from './offer-revision.entity';
import { OfferEntity } from './offer.entity';
import { RecommendationEntity } from './recommendation.entity';
import { TransactionEntity } from './transaction.entity';

export * from './batch-decision.entity';
export * from './batch-run-shard.entity';
export * from './batch-run.entity';
export * from './consent.entity';
export * from './conversation-event.entity';
export * from './customer.entity';
export * from './identity-block-key.entity';
export * from './identity-link-event.entity';
export * from './identity.entity';
export * from './interaction.entity';
export * from './model-state.entity';
export * from './offer-revision.entity';
export * from './offer.entity';
export * from './recommendation.entity';
export * from './transaction.entity';
export { decimalToNumber } from './column-types';

export const ALL_ENTITIES = [
  CustomerEntity,
  IdentityEntity,
  IdentityBlockKeyEntity,
  IdentityLinkEventEntity,
  ConversationEventEntity,
  TransactionEntity,
  ConsentEntity,
  OfferEntity,
  OfferRevisionEntity,
  RecommendationEntity,
  BatchDecisionEntity,
  InteractionEntity,
  ModelStateEntity,
  BatchRunEntity,
  BatchRunShardEntity,
];
