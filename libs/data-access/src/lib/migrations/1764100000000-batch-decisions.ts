import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Batch recommendations move from `recommendations` (about ten rows per customer, deleted and
 * re-inserted by every refresh) to `batch_decisions`: one row per customer holding its decision
 * for every outbound channel, replaced in place. Frozen from TypeORM's schema builder per
 * dialect, like the initial schema.
 *
 * Batch rows without an outcome are derived data and are dropped rather than converted: the
 * refresh runs in full while `batch_decisions` is empty, so the next `rapport refresh` recomputes
 * them. Rows with an outcome stay as the record of what was shown and how it was answered.
 * `down()` drops the table; a refresh on the older schema recomputes the rows again.
 */
const MYSQL_TABLE =
  'CREATE TABLE `batch_decisions` (`customerId` varchar(36) NOT NULL, `id` varchar(36) NOT NULL, `batchRunId` varchar(36) NULL, `modelVersion` varchar(64) NOT NULL, `generatedAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `decisions` text NOT NULL, UNIQUE INDEX `uq_batch_decisions_id` (`id`), INDEX `idx_batch_decisions_expires` (`expiresAt`), PRIMARY KEY (`customerId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const SQLITE_TABLE = [
  'CREATE TABLE "batch_decisions" ("customerId" varchar(36) PRIMARY KEY NOT NULL, "id" varchar(36) NOT NULL, "batchRunId" varchar(36), "modelVersion" varchar(64) NOT NULL, "generatedAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "decisions" text NOT NULL)',
  'CREATE UNIQUE INDEX "uq_batch_decisions_id" ON "batch_decisions" ("id") ',
  'CREATE INDEX "idx_batch_decisions_expires" ON "batch_decisions" ("expiresAt") ',
];

export class BatchDecisions1764100000000 implements MigrationInterface {
  name = 'BatchDecisions1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    for (const sql of sqlite ? SQLITE_TABLE : [MYSQL_TABLE]) await queryRunner.query(sql);
    const q = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
    await queryRunner.query(
      `DELETE FROM ${q('recommendations')} WHERE ${q('source')} = 'batch' AND ${q('outcome')} IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    await queryRunner.query(sqlite ? 'DROP TABLE "batch_decisions"' : 'DROP TABLE `batch_decisions`');
  }
}
