import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from './column-types';

/** The resolved person: the golden record built from all their identities by survivorship. */
@Entity('customers')
@Index('idx_customers_email', ['email'])
@Index('idx_customers_phone', ['phone'])
@Index('idx_customers_segment_clv', ['segment', 'clv'])
@Index('idx_customers_clv', ['clv'])
@Index('idx_customers_last_name', ['lastName'])
export class CustomerEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName!: string | null;

  /** Normalised email (lower case, provider-specific dots and +tags removed). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** E.164 phone number. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  /** ISO date YYYY-MM-DD (a string: a birth date has no time zone). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  /** Value segment from libs/clv (champions, loyal, at_risk, hibernating, new). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  segment!: string | null;

  /** Discounted CLV over the configured horizon, in the catalog currency. */
  @Column({ type: 'double', nullable: true })
  clv!: number | null;

  @Column({ type: 'double', nullable: true })
  pAlive!: number | null;

  /** Expected purchases over the value horizon. */
  @Column({ type: 'double', nullable: true })
  expectedPurchases!: number | null;

  /** Expected mean spend per purchase (Gamma-Gamma). */
  @Column({ type: 'double', nullable: true })
  expectedSpend!: number | null;

  @Column({ ...timestampColumn, nullable: true })
  valueUpdatedAt!: Date | null;

  /** Set when the customer's personal data was erased on request. */
  @Column({ ...timestampColumn, nullable: true })
  erasedAt!: Date | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column(timestampColumn)
  createdAt!: Date;

  @Column(timestampColumn)
  updatedAt!: Date;
}
