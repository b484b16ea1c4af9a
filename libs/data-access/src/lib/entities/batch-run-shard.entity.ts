import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/**
 * One shard (customer-id range) of a distributed batch run. Each shard has its own row, so
 * workers never overwrite each other's progress; the checkpoint is written in the same
 * transaction as the shard's results, which makes a retried shard continue exactly where the
 * dead worker's last commit ended.
 */
@Entity('batch_run_shards')
export class BatchRunShardEntity {
  @PrimaryColumn(idColumn)
  runId!: string;

  @PrimaryColumn({ type: 'int' })
  shardIndex!: number;

  /** Exclusive lower bound of customer ids ('' = from the start). */
  @Column({ type: 'varchar', length: 36 })
  fromId!: string;

  /** Inclusive upper bound of customer ids (null = to the end). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  toId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: 'pending' | 'running' | 'completed' | 'failed';

  @Column({ type: 'int', default: 0 })
  processed!: number;

  /** Last customer id whose results are committed. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  checkpoint!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  workerId!: string | null;

  @Column(timestampColumn)
  updatedAt!: Date;
}
