import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/** One audited change to an offer: who, when, what changed, and the full snapshot after it. */
@Entity('offer_revisions')
@Index('uq_offer_revisions_offer_version', ['offerId', 'version'], { unique: true })
export class OfferRevisionEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  offerId!: string;

  /** The offer's version after this change. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  action!: 'create' | 'update' | 'publish' | 'retire';

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  /** Field -> { from, to }. */
  @Column({ type: 'simple-json' })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @Column({ type: 'simple-json' })
  snapshot!: Record<string, unknown>;

  @Column(timestampColumn)
  createdAt!: Date;
}
