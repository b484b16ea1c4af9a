import {
  blockKeysFor,
  type BlockingRule,
  effectiveBlockingRules,
  normaliseRecord,
  type NormaliseOptions,
} from '@rapport/identity-resolution';
import { type IdentityBlockKeyEntity } from '../entities/identity-block-key.entity';
import { type IdentityEntity } from '../entities/identity.entity';
import { sourceRecordOfIdentity, type StoredIdentityFields } from './identity-record';

/** The blocking rules of a model without identifier columns (what the seed and defaults use). */
export const DEFAULT_IDENTITY_BLOCKING_RULES: readonly BlockingRule[] = effectiveBlockingRules(null, []);

/**
 * The `identity_block_keys` rows of stored identities, computed exactly as incremental
 * resolution computes them (from the record rebuilt from the row), so a later lookup finds them.
 */
export function identityBlockKeyRows(
  identities: ReadonlyArray<StoredIdentityFields & Pick<IdentityEntity, 'id' | 'customerId'>>,
  rules: readonly BlockingRule[] = DEFAULT_IDENTITY_BLOCKING_RULES,
  normalise: NormaliseOptions = {},
): IdentityBlockKeyEntity[] {
  const rows: IdentityBlockKeyEntity[] = [];
  for (const identity of identities) {
    const record = normaliseRecord(sourceRecordOfIdentity(identity), normalise);
    // A rule may yield the same key as another only with the same name prefix, which cannot
    // happen, but clipping at 160 characters could: keep keys unique per identity.
    const keys = new Set(blockKeysFor(record, rules));
    for (const blockKey of keys) rows.push({ blockKey, identityId: identity.id, customerId: identity.customerId });
  }
  return rows;
}
