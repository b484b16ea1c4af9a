import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes shaped for the batch refresh, which writes about ten recommendation rows and reads
 * every purchase of each customer:
 * - recommendations lose the decisionId and batchRunId indexes: no query filters on either, and
 *   each cost a B-tree insert per written row and a delete per replaced one;
 * - the transactions customer-time index also holds `amount`, so loading a customer's purchases
 *   (customerId, occurredAt, amount) is answered from the index alone, without one primary-key
 *   lookup per purchase.
 * Plain CREATE/DROP INDEX, identical on both dialects apart from quoting and DROP's ON clause.
 */
const DROPPED: Array<[table: string, index: string, columns: string[]]> = [
  ['recommendations', 'idx_recommendations_decision', ['decisionId']],
  ['recommendations', 'idx_recommendations_batch_run', ['batchRunId']],
];
const WIDENED: Array<[table: string, index: string, before: string[], after: string[]]> = [
  [
    'transactions',
    'idx_transactions_customer_time',
    ['customerId', 'occurredAt'],
    ['customerId', 'occurredAt', 'amount'],
  ],
];

export class LeanRefreshIndexes1764000000000 implements MigrationInterface {
  name = 'LeanRefreshIndexes1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sql = dialect(queryRunner);
    for (const [table, index] of DROPPED) await queryRunner.query(sql.drop(table, index));
    for (const [table, index, , after] of WIDENED) {
      await queryRunner.query(sql.drop(table, index));
      await queryRunner.query(sql.create(table, index, after));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sql = dialect(queryRunner);
    for (const [table, index, before] of WIDENED) {
      await queryRunner.query(sql.drop(table, index));
      await queryRunner.query(sql.create(table, index, before));
    }
    for (const [table, index, columns] of DROPPED) await queryRunner.query(sql.create(table, index, columns));
  }
}

function dialect(queryRunner: QueryRunner) {
  const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
  const q = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
  return {
    drop: (table: string, index: string) =>
      sqlite ? `DROP INDEX ${q(index)}` : `DROP INDEX ${q(index)} ON ${q(table)}`,
    create: (table: string, index: string, columns: string[]) =>
      `CREATE INDEX ${q(index)} ON ${q(table)} (${columns.map(q).join(', ')})`,
  };
}
