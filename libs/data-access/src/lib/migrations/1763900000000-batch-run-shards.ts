import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Per-shard progress of distributed batch runs, and the time indexes that let an incremental
 * refresh find changed customers without a full scan. Frozen from TypeORM's schema builder per
 * dialect, like the initial schema.
 */
const TIME_INDEXES: Array<[table: string, index: string, column: string]> = [
  ['conversation_events', 'idx_events_created', 'createdAt'],
  ['identities', 'idx_identities_updated', 'updatedAt'],
  ['interactions', 'idx_interactions_occurred', 'occurredAt'],
  ['recommendations', 'idx_recommendations_expires', 'expiresAt'],
  ['transactions', 'idx_transactions_occurred', 'occurredAt'],
];

const MYSQL_SHARDS =
  "CREATE TABLE `batch_run_shards` (`runId` varchar(36) NOT NULL, `shardIndex` int NOT NULL, `fromId` varchar(36) NOT NULL, `toId` varchar(36) NULL, `status` varchar(16) NOT NULL, `processed` int NOT NULL DEFAULT '0', `checkpoint` varchar(36) NULL, `attempts` int NOT NULL DEFAULT '0', `workerId` varchar(100) NULL, `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`runId`, `shardIndex`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
const SQLITE_SHARDS =
  'CREATE TABLE "batch_run_shards" ("runId" varchar(36) NOT NULL, "shardIndex" integer NOT NULL, "fromId" varchar(36) NOT NULL, "toId" varchar(36), "status" varchar(16) NOT NULL, "processed" integer NOT NULL DEFAULT (0), "checkpoint" varchar(36), "attempts" integer NOT NULL DEFAULT (0), "workerId" varchar(100), "updatedAt" datetime(3) NOT NULL, PRIMARY KEY ("runId", "shardIndex"))';

export class BatchRunShards1763900000000 implements MigrationInterface {
  name = 'BatchRunShards1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    const q = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
    await queryRunner.query(sqlite ? SQLITE_SHARDS : MYSQL_SHARDS);
    for (const [table, index, column] of TIME_INDEXES) {
      await queryRunner.query(`CREATE INDEX ${q(index)} ON ${q(table)} (${q(column)})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    const q = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
    for (const [table, index] of [...TIME_INDEXES].reverse()) {
      await queryRunner.query(sqlite ? `DROP INDEX ${q(index)}` : `DROP INDEX ${q(index)} ON ${q(table)}`);
    }
    await queryRunner.query(`DROP TABLE ${q('batch_run_shards')}`);
  }
}
