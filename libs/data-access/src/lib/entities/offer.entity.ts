import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalToNumber, idColumn, timestampColumn } from './column-types';

export const OFFER_KINDS = ['sales', 'retention', 'service', 'education'] as const;
export const OFFER_STATUSES = ['draft', 'active', 'retired'] as const;
export const OFFER_MODES = ['default', 'mandatory', 'transactional'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export type OfferMode = (typeof OFFER_MODES)[number];

/** A JSON Logic rule (data, never code); null means "always true". */
export type RuleExpression = Record<string, unknown> | boolean | null;

/** A catalog entry: an action the engine may choose (sale, retention save, help, education). */
@Entity('offers')
@Index('uq_offers_code', ['code'], { unique: true })
@Index('idx_offers_status', ['status'])
export class OfferEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OfferKind;

  /** Taxonomy: issue (Sales, Retention, Service, Education) and group (Cards, Saves, ...). */
  @Column({ type: 'varchar', length: 64 })
  issue!: string;

  @Column({ type: 'varchar', length: 64 })
  groupName!: string;

  @Column({ type: 'simple-json' })
  channels!: string[];

  /** Channel -> treatment text shown or sent on that channel. */
  @Column({ type: 'simple-json' })
  treatments!: Record<string, string>;

  /** Margin of one acceptance, in the catalog currency. */
  @Column({ type: 'decimal', precision: 12, scale: 2, default: 0, transformer: decimalToNumber })
  value!: number;

  /** Business lever (weight), 1 = neutral. */
  @Column({ type: 'double', default: 1 })
  lever!: number;

  @Column({ type: 'varchar', length: 16, default: 'default' })
  mode!: OfferMode;

  @Column({ type: 'simple-json', nullable: true })
  eligibility!: RuleExpression;

  @Column({ type: 'simple-json', nullable: true })
  applicability!: RuleExpression;

  @Column({ type: 'simple-json', nullable: true })
  suitability!: RuleExpression;

  @Column({ ...timestampColumn, nullable: true })
  validFrom!: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  validTo!: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: OfferStatus;

  /** Optimistic lock: every change must name the version it read. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column(timestampColumn)
  createdAt!: Date;

  @Column(timestampColumn)
  updatedAt!: Date;
}
