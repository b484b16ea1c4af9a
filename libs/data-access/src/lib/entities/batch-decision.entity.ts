import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/**
 * One recommendation inside a batch decision, packed as a tuple (about a quarter of the bytes of
 * the same recommendation as a `recommendations` row). The rank is its position plus one; its
 * reasons are indexes into the decision's shared `reasons` list, since the recommendations of one
 * decision mostly repeat the same explanations.
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

/** What `recommendations` holds for a batch decision: the distinct reasons and the ranked offers. */
export interface PackedRecommendations {
  reasons: string[];
  ranked: PackedRecommendation[];
}

/**
 * The batch refresh's current decision for one customer on one outbound channel: one row per
 * customer × channel, replaced in place by every refresh (an upsert on the primary key, so a
 * crash can never leave two batches or half of one). A decision that recommends nothing is
 * stored too, with an empty list: "nothing for now" is also a decision.
 *
 * The recommendations inside are addressed by ids derived from `decisionId` (see
 * batchRecommendationId), so an outcome reported for one finds its decision through the unique
 * index; the recommendation is copied to `recommendations` the first time an outcome arrives.
 */
@Entity('batch_decisions')
@Index('idx_batch_decisions_expires', ['expiresAt'])
@Index('uq_batch_decisions_decision', ['decisionId'], { unique: true })
export class BatchDecisionEntity {
  @PrimaryColumn(idColumn)
  customerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  channel!: string;

  /** Ends in `00`; its recommendations' ids end in their rank (see batchRecommendationId). */
  @Column(idColumn)
  decisionId!: string;

  @Column({ ...idColumn, nullable: true })
  batchRunId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  modelVersion!: string;

  @Column(timestampColumn)
  generatedAt!: Date;

  @Column(timestampColumn)
  expiresAt!: Date;

  @Column({ type: 'simple-json' })
  recommendations!: PackedRecommendations;
}
