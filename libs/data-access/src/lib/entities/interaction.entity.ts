import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/**
 * The interaction history decisioning learns from and contact policies count:
 * one row per tracked outcome (impression, accepted, rejected, ignored, clicked, complained, sent).
 */
@Entity('interactions')
@Index('idx_interactions_customer_time', ['customerId', 'occurredAt'])
@Index('idx_interactions_occurred', ['occurredAt'])
@Index('idx_interactions_offer_channel', ['offerId', 'channel', 'occurredAt'])
@Index('uq_interactions_idempotency', ['idempotencyKey'], { unique: true })
export class InteractionEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  customerId!: string;

  @Column(idColumn)
  offerId!: string;

  @Column({ ...idColumn, nullable: true })
  recommendationId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: string;

  @Column(timestampColumn)
  occurredAt!: Date;

  /** Propensity the engine used when it chose this offer (for offline policy evaluation). */
  @Column({ type: 'double', nullable: true })
  propensity!: number | null;

  /** Probability that the logging policy chose this action (for IPW estimators). */
  @Column({ type: 'double', nullable: true })
  selectionProbability!: number | null;

  /** Makes recording retry-safe: a repeated key is ignored. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  idempotencyKey!: string | null;
}
