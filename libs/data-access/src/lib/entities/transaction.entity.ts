import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, moneyColumn, timestampColumn } from './column-types';

/** A purchase: the input of the CLV models. */
@Entity('transactions')
// Covers the refresh's purchase query (customerId, occurredAt, amount) without primary-key lookups.
@Index('idx_transactions_customer_time', ['customerId', 'occurredAt', 'amount'])
@Index('idx_transactions_occurred', ['occurredAt'])
@Index('uq_transactions_source_external', ['source', 'externalId'], { unique: true })
export class TransactionEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  customerId!: string;

  @Column({ type: 'varchar', length: 32 })
  source!: string;

  @Column({ type: 'varchar', length: 128 })
  externalId!: string;

  @Column(timestampColumn)
  occurredAt!: Date;

  @Column(moneyColumn)
  amount!: number;

  @Column({ type: 'varchar', length: 3, default: 'EUR' })
  currency!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  channel!: string | null;
}
