import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/**
 * One recommendation inside a batch decision, packed as a tuple (about a quarter of the bytes of
 * the same recommendation as a `recommendations` row). The rank is its position plus one; its
 * reasons are indexes into the row's shared `reasons` list, since a customer's recommendations
 * mostly repeat the same explanations.
 */
export type PackedRecommendation = [
  offerId: string,
  priority: number,
  propensity: number,
  contextWeight: number,
  value: number,
  lever: number,
  control: 0 | 1,
  reasons: number[],
];

/** The decisions of one batch row: per outbound channel, in the run's channel order, the ranked offers. */
export interface PackedDecisions {
  reasons: string[];
  channels: Array<{ channel: string; ranked: PackedRecommendation[] }>;
}

/**
 * The batch refresh's current decisions for one customer — one per outbound channel, including
 * those that recommend nothing — in one row that every refresh replaces in place (an upsert on
 * the primary key: a crash can never leave two batches or half of one). One row per customer
 * rather than per channel or per recommendation: MariaDB's cost of an upsert is mostly per row.
 *
 * The decisions and recommendations inside are addressed by ids derived from `id` (see
 * batch-decisions.ts), so an outcome reported for one finds its row through the unique index;
 * the recommendation is copied to `recommendations` the first time an outcome arrives.
 */
@Entity('batch_decisions')
@Index('idx_batch_decisions_expires', ['expiresAt'])
@Index('uq_batch_decisions_id', ['id'], { unique: true })
export class BatchDecisionEntity {
  @PrimaryColumn(idColumn)
  customerId!: string;

  /** Ends in `0000`; its decisions' and recommendations' ids replace those two bytes. */
  @Column(idColumn)
  id!: string;

  @Column({ ...idColumn, nullable: true })
  batchRunId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  modelVersion!: string;

  @Column(timestampColumn)
  generatedAt!: Date;

  @Column(timestampColumn)
  expiresAt!: Date;

  @Column({ type: 'simple-json' })
  decisions!: PackedDecisions;
}
