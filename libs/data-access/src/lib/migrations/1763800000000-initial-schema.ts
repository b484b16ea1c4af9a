import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The initial schema. Statements per dialect were produced by TypeORM's schema builder from the
 * entities and then frozen here, so that both drivers start from exactly the entity metadata
 * (the "no pending changes" test in data-source.db.spec.ts guards that). MySQL tables are utf8mb4.
 */
const MYSQL_UP = [
  'CREATE TABLE `batch_runs` (`id` varchar(36) NOT NULL, `kind` varchar(32) NOT NULL, `status` varchar(16) NOT NULL, `startedAt` datetime(3) NOT NULL, `finishedAt` datetime(3) NULL, `params` text NULL, `counts` text NULL, `errors` text NULL, `checkpoint` varchar(64) NULL, `shards` text NULL, INDEX `idx_batch_runs_kind_started` (`kind`, `startedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  'CREATE TABLE `consents` (`id` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, `channel` varchar(32) NOT NULL, `purpose` varchar(32) NOT NULL, `status` varchar(16) NOT NULL, `source` varchar(32) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_consents_customer_channel_purpose` (`customerId`, `channel`, `purpose`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  'CREATE TABLE `conversation_events` (`id` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, `identityId` varchar(36) NULL, `source` varchar(32) NOT NULL, `externalId` varchar(128) NULL, `channel` varchar(32) NOT NULL, `direction` varchar(8) NOT NULL, `kind` varchar(32) NOT NULL, `topic` varchar(64) NULL, `occurredAt` datetime(3) NOT NULL, `summary` varchar(1000) NULL, `sentiment` double NULL, `amount` decimal(12,2) NULL, `agent` varchar(100) NULL, `offerId` varchar(36) NULL, `recommendationId` varchar(36) NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_events_source_external` (`source`, `externalId`), INDEX `idx_events_customer_time` (`customerId`, `occurredAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  "CREATE TABLE `customers` (`id` varchar(36) NOT NULL, `firstName` varchar(100) NULL, `lastName` varchar(100) NULL, `email` varchar(254) NULL, `phone` varchar(20) NULL, `dateOfBirth` varchar(10) NULL, `addressLine` varchar(200) NULL, `postcode` varchar(16) NULL, `city` varchar(100) NULL, `segment` varchar(32) NULL, `clv` double NULL, `pAlive` double NULL, `expectedPurchases` double NULL, `expectedSpend` double NULL, `valueUpdatedAt` datetime(3) NULL, `erasedAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `idx_customers_last_name` (`lastName`), INDEX `idx_customers_clv` (`clv`), INDEX `idx_customers_segment_clv` (`segment`, `clv`), INDEX `idx_customers_phone` (`phone`), INDEX `idx_customers_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
  'CREATE TABLE `identity_block_keys` (`blockKey` varchar(160) NOT NULL, `identityId` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, INDEX `idx_block_keys_identity` (`identityId`), PRIMARY KEY (`blockKey`, `identityId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  'CREATE TABLE `identity_link_events` (`id` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `fromCustomerId` varchar(36) NOT NULL, `toCustomerId` varchar(36) NOT NULL, `identityIds` text NOT NULL, `evidence` text NULL, `actor` varchar(100) NOT NULL, `createdAt` datetime(3) NOT NULL, `undoneAt` datetime(3) NULL, INDEX `idx_link_events_from_customer` (`fromCustomerId`), INDEX `idx_link_events_to_customer` (`toCustomerId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  'CREATE TABLE `identities` (`id` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, `source` varchar(32) NOT NULL, `sourceKey` varchar(128) NOT NULL, `firstName` varchar(100) NULL, `lastName` varchar(100) NULL, `email` varchar(254) NULL, `emailNormalized` varchar(254) NULL, `phone` varchar(40) NULL, `phoneNormalized` varchar(20) NULL, `dateOfBirth` varchar(10) NULL, `addressLine` varchar(200) NULL, `postcode` varchar(16) NULL, `city` varchar(100) NULL, `attributes` text NULL, `matchEvidence` text NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `idx_identities_phone` (`phoneNormalized`), INDEX `idx_identities_email` (`emailNormalized`), INDEX `idx_identities_customer` (`customerId`), UNIQUE INDEX `uq_identities_source_key` (`source`, `sourceKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  'CREATE TABLE `interactions` (`id` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, `offerId` varchar(36) NOT NULL, `recommendationId` varchar(36) NULL, `channel` varchar(32) NOT NULL, `outcome` varchar(16) NOT NULL, `occurredAt` datetime(3) NOT NULL, `propensity` double NULL, `selectionProbability` double NULL, `idempotencyKey` varchar(128) NULL, UNIQUE INDEX `uq_interactions_idempotency` (`idempotencyKey`), INDEX `idx_interactions_offer_channel` (`offerId`, `channel`, `occurredAt`), INDEX `idx_interactions_customer_time` (`customerId`, `occurredAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  "CREATE TABLE `model_states` (`key` varchar(160) NOT NULL, `kind` varchar(32) NOT NULL, `state` text NOT NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
  'CREATE TABLE `offer_revisions` (`id` varchar(36) NOT NULL, `offerId` varchar(36) NOT NULL, `version` int NOT NULL, `action` varchar(16) NOT NULL, `actor` varchar(100) NOT NULL, `changes` text NOT NULL, `snapshot` text NOT NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_offer_revisions_offer_version` (`offerId`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  "CREATE TABLE `offers` (`id` varchar(36) NOT NULL, `code` varchar(64) NOT NULL, `name` varchar(200) NOT NULL, `description` varchar(2000) NOT NULL DEFAULT '', `kind` varchar(16) NOT NULL, `issue` varchar(64) NOT NULL, `groupName` varchar(64) NOT NULL, `channels` text NOT NULL, `treatments` text NOT NULL, `value` decimal(12,2) NOT NULL DEFAULT '0.00', `lever` double NOT NULL DEFAULT '1', `mode` varchar(16) NOT NULL DEFAULT 'default', `eligibility` text NULL, `applicability` text NULL, `suitability` text NULL, `validFrom` datetime(3) NULL, `validTo` datetime(3) NULL, `status` varchar(16) NOT NULL DEFAULT 'draft', `version` int NOT NULL DEFAULT '1', `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `idx_offers_status` (`status`), UNIQUE INDEX `uq_offers_code` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
  'CREATE TABLE `recommendations` (`id` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, `offerId` varchar(36) NOT NULL, `channel` varchar(32) NOT NULL, `decisionId` varchar(36) NOT NULL, `rank` int NOT NULL, `priority` double NOT NULL, `propensity` double NOT NULL, `contextWeight` double NOT NULL, `value` double NOT NULL, `lever` double NOT NULL, `reasons` text NOT NULL, `modelVersion` varchar(64) NOT NULL, `source` varchar(16) NOT NULL, `batchRunId` varchar(36) NULL, `control` tinyint NOT NULL DEFAULT 0, `generatedAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NULL, `outcome` varchar(16) NULL, `outcomeAt` datetime(3) NULL, INDEX `idx_recommendations_batch_run` (`batchRunId`), INDEX `idx_recommendations_decision` (`decisionId`), INDEX `idx_recommendations_customer_channel` (`customerId`, `channel`, `rank`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  "CREATE TABLE `transactions` (`id` varchar(36) NOT NULL, `customerId` varchar(36) NOT NULL, `source` varchar(32) NOT NULL, `externalId` varchar(128) NOT NULL, `occurredAt` datetime(3) NOT NULL, `amount` decimal(12,2) NOT NULL, `currency` varchar(3) NOT NULL DEFAULT 'EUR', `channel` varchar(32) NULL, UNIQUE INDEX `uq_transactions_source_external` (`source`, `externalId`), INDEX `idx_transactions_customer_time` (`customerId`, `occurredAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
];

const SQLITE_UP = [
  'CREATE TABLE "batch_runs" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "status" varchar(16) NOT NULL, "startedAt" datetime(3) NOT NULL, "finishedAt" datetime(3), "params" text, "counts" text, "errors" text, "checkpoint" varchar(64), "shards" text)',
  'CREATE INDEX "idx_batch_runs_kind_started" ON "batch_runs" ("kind", "startedAt") ',
  'CREATE TABLE "consents" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "channel" varchar(32) NOT NULL, "purpose" varchar(32) NOT NULL, "status" varchar(16) NOT NULL, "source" varchar(32) NOT NULL, "updatedAt" datetime(3) NOT NULL)',
  'CREATE UNIQUE INDEX "uq_consents_customer_channel_purpose" ON "consents" ("customerId", "channel", "purpose") ',
  'CREATE TABLE "conversation_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "identityId" varchar(36), "source" varchar(32) NOT NULL, "externalId" varchar(128), "channel" varchar(32) NOT NULL, "direction" varchar(8) NOT NULL, "kind" varchar(32) NOT NULL, "topic" varchar(64), "occurredAt" datetime(3) NOT NULL, "summary" varchar(1000), "sentiment" double, "amount" decimal(12,2), "agent" varchar(100), "offerId" varchar(36), "recommendationId" varchar(36), "createdAt" datetime(3) NOT NULL)',
  'CREATE UNIQUE INDEX "uq_events_source_external" ON "conversation_events" ("source", "externalId") ',
  'CREATE INDEX "idx_events_customer_time" ON "conversation_events" ("customerId", "occurredAt") ',
  'CREATE TABLE "customers" ("id" varchar(36) PRIMARY KEY NOT NULL, "firstName" varchar(100), "lastName" varchar(100), "email" varchar(254), "phone" varchar(20), "dateOfBirth" varchar(10), "addressLine" varchar(200), "postcode" varchar(16), "city" varchar(100), "segment" varchar(32), "clv" double, "pAlive" double, "expectedPurchases" double, "expectedSpend" double, "valueUpdatedAt" datetime(3), "erasedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL)',
  'CREATE INDEX "idx_customers_last_name" ON "customers" ("lastName") ',
  'CREATE INDEX "idx_customers_clv" ON "customers" ("clv") ',
  'CREATE INDEX "idx_customers_segment_clv" ON "customers" ("segment", "clv") ',
  'CREATE INDEX "idx_customers_phone" ON "customers" ("phone") ',
  'CREATE INDEX "idx_customers_email" ON "customers" ("email") ',
  'CREATE TABLE "identity_block_keys" ("blockKey" varchar(160) NOT NULL, "identityId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, PRIMARY KEY ("blockKey", "identityId"))',
  'CREATE INDEX "idx_block_keys_identity" ON "identity_block_keys" ("identityId") ',
  'CREATE TABLE "identity_link_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "fromCustomerId" varchar(36) NOT NULL, "toCustomerId" varchar(36) NOT NULL, "identityIds" text NOT NULL, "evidence" text, "actor" varchar(100) NOT NULL, "createdAt" datetime(3) NOT NULL, "undoneAt" datetime(3))',
  'CREATE INDEX "idx_link_events_from_customer" ON "identity_link_events" ("fromCustomerId") ',
  'CREATE INDEX "idx_link_events_to_customer" ON "identity_link_events" ("toCustomerId") ',
  'CREATE TABLE "identities" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "source" varchar(32) NOT NULL, "sourceKey" varchar(128) NOT NULL, "firstName" varchar(100), "lastName" varchar(100), "email" varchar(254), "emailNormalized" varchar(254), "phone" varchar(40), "phoneNormalized" varchar(20), "dateOfBirth" varchar(10), "addressLine" varchar(200), "postcode" varchar(16), "city" varchar(100), "attributes" text, "matchEvidence" text, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL)',
  'CREATE INDEX "idx_identities_phone" ON "identities" ("phoneNormalized") ',
  'CREATE INDEX "idx_identities_email" ON "identities" ("emailNormalized") ',
  'CREATE INDEX "idx_identities_customer" ON "identities" ("customerId") ',
  'CREATE UNIQUE INDEX "uq_identities_source_key" ON "identities" ("source", "sourceKey") ',
  'CREATE TABLE "interactions" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "offerId" varchar(36) NOT NULL, "recommendationId" varchar(36), "channel" varchar(32) NOT NULL, "outcome" varchar(16) NOT NULL, "occurredAt" datetime(3) NOT NULL, "propensity" double, "selectionProbability" double, "idempotencyKey" varchar(128))',
  'CREATE UNIQUE INDEX "uq_interactions_idempotency" ON "interactions" ("idempotencyKey") ',
  'CREATE INDEX "idx_interactions_offer_channel" ON "interactions" ("offerId", "channel", "occurredAt") ',
  'CREATE INDEX "idx_interactions_customer_time" ON "interactions" ("customerId", "occurredAt") ',
  'CREATE TABLE "model_states" ("key" varchar(160) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "state" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "updatedAt" datetime(3) NOT NULL)',
  'CREATE TABLE "offer_revisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "offerId" varchar(36) NOT NULL, "version" integer NOT NULL, "action" varchar(16) NOT NULL, "actor" varchar(100) NOT NULL, "changes" text NOT NULL, "snapshot" text NOT NULL, "createdAt" datetime(3) NOT NULL)',
  'CREATE UNIQUE INDEX "uq_offer_revisions_offer_version" ON "offer_revisions" ("offerId", "version") ',
  'CREATE TABLE "offers" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "description" varchar(2000) NOT NULL DEFAULT (\'\'), "kind" varchar(16) NOT NULL, "issue" varchar(64) NOT NULL, "groupName" varchar(64) NOT NULL, "channels" text NOT NULL, "treatments" text NOT NULL, "value" decimal(12,2) NOT NULL DEFAULT (0), "lever" double NOT NULL DEFAULT (1), "mode" varchar(16) NOT NULL DEFAULT (\'default\'), "eligibility" text, "applicability" text, "suitability" text, "validFrom" datetime(3), "validTo" datetime(3), "status" varchar(16) NOT NULL DEFAULT (\'draft\'), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL)',
  'CREATE INDEX "idx_offers_status" ON "offers" ("status") ',
  'CREATE UNIQUE INDEX "uq_offers_code" ON "offers" ("code") ',
  'CREATE TABLE "recommendations" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "offerId" varchar(36) NOT NULL, "channel" varchar(32) NOT NULL, "decisionId" varchar(36) NOT NULL, "rank" integer NOT NULL, "priority" double NOT NULL, "propensity" double NOT NULL, "contextWeight" double NOT NULL, "value" double NOT NULL, "lever" double NOT NULL, "reasons" text NOT NULL, "modelVersion" varchar(64) NOT NULL, "source" varchar(16) NOT NULL, "batchRunId" varchar(36), "control" boolean NOT NULL DEFAULT (0), "generatedAt" datetime(3) NOT NULL, "expiresAt" datetime(3), "outcome" varchar(16), "outcomeAt" datetime(3))',
  'CREATE INDEX "idx_recommendations_batch_run" ON "recommendations" ("batchRunId") ',
  'CREATE INDEX "idx_recommendations_decision" ON "recommendations" ("decisionId") ',
  'CREATE INDEX "idx_recommendations_customer_channel" ON "recommendations" ("customerId", "channel", "rank") ',
  'CREATE TABLE "transactions" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "source" varchar(32) NOT NULL, "externalId" varchar(128) NOT NULL, "occurredAt" datetime(3) NOT NULL, "amount" decimal(12,2) NOT NULL, "currency" varchar(3) NOT NULL DEFAULT (\'EUR\'), "channel" varchar(32))',
  'CREATE UNIQUE INDEX "uq_transactions_source_external" ON "transactions" ("source", "externalId") ',
  'CREATE INDEX "idx_transactions_customer_time" ON "transactions" ("customerId", "occurredAt") ',
];

const TABLES = [
  'batch_runs',
  'consents',
  'conversation_events',
  'customers',
  'identity_block_keys',
  'identity_link_events',
  'identities',
  'interactions',
  'model_states',
  'offer_revisions',
  'offers',
  'recommendations',
  'transactions',
];

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE_UP : MYSQL_UP;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table, true);
  }
}
