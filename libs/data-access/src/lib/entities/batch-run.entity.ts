import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

export type BatchRunStatus = 'running' | 'completed' | 'failed' | 'stopped';

/** One run of a long job (refresh, import, scoring) with progress, errors and a checkpoint. */
@Entity('batch_runs')
@Index('idx_batch_runs_kind_started', ['kind', 'startedAt'])
export class BatchRunEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: BatchRunStatus;

  @Column(timestampColumn)
  startedAt!: Date;

  @Column({ ...timestampColumn, nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'simple-json', nullable: true })
  params!: Record<string, unknown> | null;

  /** Step -> count (customers scored, recommendations written, skipped...). */
  @Column({ type: 'simple-json', nullable: true })
  counts!: Record<string, number> | null;

  @Column({ type: 'simple-json', nullable: true })
  errors!: Array<{ customerId?: string; message: string }> | null;

  /** Last customer id fully processed; a resumed run continues after it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  checkpoint!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  shards!: Array<{ index: number; status: string; processed: number }> | null;
}
