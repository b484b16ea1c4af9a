export * from './lib/entities';
export * from './lib/data-source';
export { bulkInsert } from './lib/bulk-insert';
export { createTestDatabase, testDatabaseKinds, type TestDatabase } from './lib/testing/test-database';
export { sampleEntities } from './lib/testing/sample-entities';
export * from './lib/repositories';
export { loadDecisionEngine, loadPropensityStore, toOfferDefinition } from './lib/decisioning/load-decision-engine';
export { PLATFORM_CONTACT_POLICIES, PLATFORM_OUTBOUND_CAPS } from './lib/decisioning/platform-policies';
