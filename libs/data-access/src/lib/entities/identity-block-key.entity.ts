import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn } from './column-types';

/**
 * Blocking keys of an identity (e.g. "ph:+4915112345678", "ln-dob:smith|1980-02-03").
 * Incremental resolution looks up candidates by key, so this table is the index that keeps
 * resolving one new record against millions of existing ones in milliseconds.
 */
@Entity('identity_block_keys')
@Index('idx_block_keys_identity', ['identityId'])
export class IdentityBlockKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 160 })
  blockKey!: string;

  @PrimaryColumn(idColumn)
  identityId!: string;

  @Column(idColumn)
  customerId!: string;
}
