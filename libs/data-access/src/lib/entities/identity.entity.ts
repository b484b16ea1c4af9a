import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/** Evidence that linked a source record to its customer. */
export interface MatchEvidence {
  /** Fellegi-Sunter match weight (log2 Bayes factor) or 'rule' for deterministic links. */
  score: number | null;
  method: 'probabilistic' | 'deterministic' | 'new' | 'manual';
  /** Comparison name -> agreement level and weight. */
  comparisons?: Record<string, { level: string; weight: number }>;
  matchedIdentityId?: string;
}

/** One source record (crm, web, call_center, whatsapp, email, store, loyalty, ...). */
@Entity('identities')
@Index('uq_identities_source_key', ['source', 'sourceKey'], { unique: true })
@Index('idx_identities_customer', ['customerId'])
@Index('idx_identities_updated', ['updatedAt'])
@Index('idx_identities_email', ['emailNormalized'])
@Index('idx_identities_phone', ['phoneNormalized'])
export class IdentityEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  customerId!: string;

  @Column({ type: 'varchar', length: 32 })
  source!: string;

  /** The record's key in its source system. */
  @Column({ type: 'varchar', length: 128 })
  sourceKey!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName!: string | null;

  /** As received. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  emailNormalized!: string | null;

  /** As received. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  /** E.164. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneNormalized!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  /** Any other raw attributes of the source record. */
  @Column({ type: 'simple-json', nullable: true })
  attributes!: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  matchEvidence!: MatchEvidence | null;

  @Column(timestampColumn)
  createdAt!: Date;

  @Column(timestampColumn)
  updatedAt!: Date;
}
