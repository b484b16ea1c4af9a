import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An index on consents.updatedAt, so an incremental refresh can find the customers whose
 * consent changed since its last run (outbound decisions depend on consent). Plain CREATE/DROP
 * INDEX, identical on both dialects apart from quoting and DROP's ON clause.
 */
export class ConsentChanges1764200000000 implements MigrationInterface {
  name = 'ConsentChanges1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    await queryRunner.query(
      sqlite
        ? 'CREATE INDEX "idx_consents_updated" ON "consents" ("updatedAt")'
        : 'CREATE INDEX `idx_consents_updated` ON `consents` (`updatedAt`)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    await queryRunner.query(
      sqlite ? 'DROP INDEX "idx_consents_updated"' : 'DROP INDEX `idx_consents_updated` ON `consents`',
    );
  }
}
