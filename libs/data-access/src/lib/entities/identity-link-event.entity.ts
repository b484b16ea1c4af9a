import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/** An audited merge or split of customers, with enough detail to undo it exactly. */
@Entity('identity_link_events')
@Index('idx_link_events_to_customer', ['toCustomerId'])
@Index('idx_link_events_from_customer', ['fromCustomerId'])
export class IdentityLinkEventEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'merge' | 'split';

  @Column(idColumn)
  fromCustomerId!: string;

  @Column(idColumn)
  toCustomerId!: string;

  @Column({ type: 'simple-json' })
  identityIds!: string[];

  /** Match evidence, and the state needed to undo (e.g. the absorbed golden record). */
  @Column({ type: 'simple-json', nullable: true })
  evidence!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column(timestampColumn)
  createdAt!: Date;

  @Column({ ...timestampColumn, nullable: true })
  undoneAt!: Date | null;
}
