import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

export const RECOMMENDATION_OUTCOMES = [
  'impression',
  'accepted',
  'rejected',
  'ignored',
  'clicked',
  'complained',
] as const;
export type RecommendationOutcome = (typeof RECOMMENDATION_OUTCOMES)[number];

/** An offer chosen for a customer and channel, with the factors and reasons behind it. */
@Entity('recommendations')
@Index('idx_recommendations_customer_channel', ['customerId', 'channel', 'rank'])
@Index('idx_recommendations_expires', ['expiresAt'])
export class RecommendationEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  customerId!: string;

  @Column(idColumn)
  offerId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  /** Groups the recommendations returned by one decision. */
  @Column(idColumn)
  decisionId!: string;

  @Column({ type: 'int' })
  rank!: number;

  @Column({ type: 'double' })
  priority!: number;

  @Column({ type: 'double' })
  propensity!: number;

  @Column({ type: 'double' })
  contextWeight!: number;

  @Column({ type: 'double' })
  value!: number;

  @Column({ type: 'double' })
  lever!: number;

  @Column({ type: 'simple-json' })
  reasons!: string[];

  @Column({ type: 'varchar', length: 64 })
  modelVersion!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: 'batch' | 'realtime';

  @Column({ ...idColumn, nullable: true })
  batchRunId!: string | null;

  /** Whether the offer was chosen at random for the control group. */
  @Column({ type: 'boolean', default: false })
  control!: boolean;

  @Column(timestampColumn)
  generatedAt!: Date;

  @Column({ ...timestampColumn, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: RecommendationOutcome | null;

  @Column({ ...timestampColumn, nullable: true })
  outcomeAt!: Date | null;
}
