export * from './lib/entities';
export * from './lib/data-source';
export { bulkInsert } from './lib/bulk-insert';
export { createTestDatabase, testDatabaseKinds, type TestDatabase } from './lib/testing/test-database';
export { sampleEntities } from './lib/testing/sample-entities';
