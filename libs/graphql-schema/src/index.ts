// type-graphql's decorators need the metadata polyfill before any type is declared.
import 'reflect-metadata';

// Enums
export { Channel } from './lib/enums/channel.enum';
export { ConversationEventKind } from './lib/enums/conversation-event-kind.enum';
export { Direction } from './lib/enums/direction.enum';
export { IdentifierKind } from './lib/enums/identifier-kind.enum';
export { OfferKind, OfferMode, OfferRevisionAction, OfferStatus } from './lib/enums/offer.enums';
export { RecommendationOutcome } from './lib/enums/recommendation-outcome.enum';
export { ConsentPurpose, ConsentStatus } from './lib/enums/consent.enums';
export { CustomerOrder } from './lib/enums/customer-order.enum';
export { MoodTrend } from './lib/enums/mood-trend.enum';
export { Role } from './lib/enums/role.enum';

// Pagination
export { PageInfo } from './lib/pagination/page-info.type';
export { Connection, type ConnectionShape } from './lib/pagination/connection.type';
export { ConnectionArgs, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './lib/pagination/connection.args';

// Customer
export { Customer } from './lib/customer/customer.type';
export { CustomerValue } from './lib/customer/customer-value.type';
export { Consent } from './lib/customer/consent.type';
export { CustomerFilter } from './lib/customer/customer-filter.input';
export { CustomerConnection, ConsentConnection } from './lib/customer/customer.connection';
export { UpdateConsentInput } from './lib/customer/update-consent.input';

// Identity
export { Identity } from './lib/identity/identity.type';
export { MatchEvidence } from './lib/identity/match-evidence.type';
export { IdentityConnection } from './lib/identity/identity.connection';
export { IdentifierInput } from './lib/identity/identifier.input';

// Conversation
export { Conversation, ChannelContactCount, Mood, OpenTopic } from './lib/conversation/conversation.type';
export { ConversationEvent } from './lib/conversation/conversation-event.type';
export { ConversationEventConnection } from './lib/conversation/conversation-event.connection';
export { ConversationEventFilter } from './lib/conversation/conversation-event-filter.input';
export { RecordInteractionInput } from './lib/conversation/record-interaction.input';
export { RecordInteractionPayload } from './lib/conversation/record-interaction.payload';

// Offer
export { Offer } from './lib/offer/offer.type';
export { OfferRevision } from './lib/offer/offer-revision.type';
export { Treatment, TreatmentInput } from './lib/offer/treatment.type';
export { OfferConnection, OfferRevisionConnection } from './lib/offer/offer.connection';
export { OfferFilter } from './lib/offer/offer-filter.input';
export { CreateOfferInput, OfferPatchInput } from './lib/offer/offer.inputs';

// Recommendation
export { Recommendation } from './lib/recommendation/recommendation.type';
export { RecommendationConnection } from './lib/recommendation/recommendation.connection';
export { RecordOutcomePayload } from './lib/recommendation/record-outcome.payload';

// Transaction
export { Transaction } from './lib/transaction/transaction.type';
export { TransactionConnection } from './lib/transaction/transaction.connection';

// Privacy
export { EraseCustomerPayload } from './lib/privacy/erase-customer.payload';

// Decisioning and batch runs
export { Decision, SuppressedOffer } from './lib/decision/decision.type';
export { PropensityModel, PropensityModelReport } from './lib/decision/propensity-model.type';
export { DecisionLift, LiftGroup } from './lib/decision/decision-lift.type';
export { BatchRun, BatchRunShard } from './lib/batch-run/batch-run.type';
export { IdentityLinkEvent } from './lib/identity/identity-link-event.type';
