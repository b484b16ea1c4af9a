export * from './lib/entities';
export * from './lib/data-source';
export { bulkInsert, insertStatements, type SqlStatement } from './lib/bulk-insert';
export { OneRoundTripWriter } from './lib/one-round-trip-writer';
export { loadInSlices, MAX_IN_LIST } from './lib/in-slices';
export { createTestDatabase, testDatabaseKinds, type TestDatabase } from './lib/testing/test-database';
export { sampleEntities } from './lib/testing/sample-entities';
export { StatementCounter } from './lib/testing/statement-counter';
export * from './lib/repositories';
export {
  findPropensityStates,
  loadDecisionEngine,
  loadPropensityStore,
  toOfferDefinition,
} from './lib/decisioning/load-decision-engine';
export { PLATFORM_CONTACT_POLICIES, PLATFORM_OUTBOUND_CAPS } from './lib/decisioning/platform-policies';
export { measureRealtimeLift, type LiftGroupFigures, type RealtimeLift } from './lib/decisioning/realtime-lift';
export {
  resolveAndLinkRecord,
  type ResolveAndLinkOptions,
  type ResolveAndLinkResult,
} from './lib/identity/resolve-and-link-record';
export { mergeCustomers, type MergeUndoState } from './lib/identity/merge-customers';
export { splitIdentity, type SplitUndoState } from './lib/identity/split-identity';
export { undoLinkEvent } from './lib/identity/undo-link-event';
export {
  loadIdentityResolver,
  loadIdentityModel,
  readIdentityModel,
  writeIdentityModel,
  IDENTITY_MODEL_KEY,
  type LoadIdentityResolverOptions,
  type StoredIdentityModel,
} from './lib/identity/identity-model-store';
export { identityBlockKeyRows, DEFAULT_IDENTITY_BLOCKING_RULES } from './lib/identity/identity-block-key-rows';
export {
  identityFieldsOf,
  sourceRecordOfIdentity,
  storedBirthDate,
  type StoredIdentityFields,
} from './lib/identity/identity-record';
export {
  goldenRecordOf,
  newCustomerRow,
  GOLDEN_FIELDS,
  SURVIVORSHIP_SOURCE_PRIORITY,
  type GoldenRecord,
} from './lib/identity/golden-record';
export { findCandidateCustomerIds, findCandidateIdentities } from './lib/identity/find-identity-candidates';
export {
  DECISION_EVENT_WINDOW_DAYS,
  DECISION_INTERACTION_WINDOW_DAYS,
  toConsentRecords,
  toDecisionCustomer,
  toInteractionRecords,
  toRecommendationRows,
} from './lib/decisioning/decision-state';
export {
  batchChannelDecisionId,
  batchRecommendationId,
  countBatchRecommendations,
  parseBatchRecommendationId,
  toBatchDecisionsId,
  toBatchDecisionsRow,
  unpackBatchDecisions,
} from './lib/decisioning/batch-decisions';
