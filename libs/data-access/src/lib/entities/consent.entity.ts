import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/** Permission to contact a customer on a channel for a purpose (marketing, service). */
@Entity('consents')
@Index('uq_consents_customer_channel_purpose', ['customerId', 'channel', 'purpose'], { unique: true })
// Lets an incremental refresh find the customers whose consents changed since its last run.
@Index('idx_consents_updated', ['updatedAt'])
export class ConsentEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  customerId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: 'granted' | 'denied';

  @Column({ type: 'varchar', length: 32 })
  source!: string;

  @Column(timestampColumn)
  updatedAt!: Date;
}
