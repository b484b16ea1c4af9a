import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumn } from './column-types';

/**
 * Serialised model state shared by the gateway and the worker: the CLV population fit
 * ("clv:population"), propensity models ("propensity:<offerId>:<channel>"), and so on.
 */
@Entity('model_states')
export class ModelStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 160 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'simple-json' })
  state!: Record<string, unknown>;

  /** Optimistic lock for concurrent updates from several processes. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column(timestampColumn)
  updatedAt!: Date;
}
