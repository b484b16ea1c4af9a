import { type CustomerEntity } from '../entities/customer.entity';
import { type IdentityEntity } from '../entities/identity.entity';

/** The customer columns survivorship fills from identities. */
export const GOLDEN_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'dateOfBirth',
  'addressLine',
  'postcode',
  'city',
] as const;
export type GoldenRecord = Pick<CustomerEntity, (typeof GOLDEN_FIELDS)[number]>;

/** Sources whose values win over any other, best first: the CRM is curated by staff. */
export const SURVIVORSHIP_SOURCE_PRIORITY: readonly string[] = ['crm'];

type GoldenSource = Pick<
  IdentityEntity,
  | 'id'
  | 'source'
  | 'updatedAt'
  | 'firstName'
  | 'lastName'
  | 'emailNormalized'
  | 'phoneNormalized'
  | 'dateOfBirth'
  | 'addressLine'
  | 'postcode'
  | 'city'
>;

/** The identity column each golden field is taken from: contact points in normalised form. */
const SOURCE_COLUMN: Record<keyof GoldenRecord, keyof GoldenSource> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'emailNormalized',
  phone: 'phoneNormalized',
  dateOfBirth: 'dateOfBirth',
  addressLine: 'addressLine',
  postcode: 'postcode',
  city: 'city',
};

function rank(source: string): number {
  const i = SURVIVORSHIP_SOURCE_PRIORITY.indexOf(source);
  return i < 0 ? SURVIVORSHIP_SOURCE_PRIORITY.length : i;
}

/**
 * Survivorship: each golden field independently takes the value of the best identity holding
 * a non-empty one, where best = a priority source (CRM) first, then the most recently updated,
 * then the smallest id (so the result never depends on row order). Address fields are taken
 * field by field too, which is right for the common case of one address per person and keeps
 * the rule explainable; email and phone are the normalised forms the customer columns hold.
 */
export function goldenRecordOf(identities: readonly GoldenSource[]): GoldenRecord {
  const golden: GoldenRecord = {
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    dateOfBirth: null,
    addressLine: null,
    postcode: null,
    city: null,
  };
  for (const field of GOLDEN_FIELDS) {
    const column = SOURCE_COLUMN[field];
    let best: GoldenSource | null = null;
    for (const identity of identities) {
      const value = identity[column];
      if (typeof value !== 'string' || value.length === 0) continue;
      if (best === null) best = identity;
      else {
        const byRank = rank(identity.source) - rank(best.source);
        const byTime = identity.updatedAt.getTime() - best.updatedAt.getTime();
        if (byRank < 0 || (byRank === 0 && (byTime > 0 || (byTime === 0 && identity.id < best.id)))) best = identity;
      }
    }
    golden[field] = best ? (best[column] as string) : null;
  }
  return golden;
}

/**
 * A customer row for a person seen for the first time: the golden-record fields, no value
 * figures yet (the next refresh scores them), version 1. Shared by every path that creates a
 * customer (incremental resolution, split, recorded interactions) so none of them forgets a column.
 */
export function newCustomerRow(
  id: string,
  golden: GoldenRecord,
  now: Date,
  segment: string | null = null,
): CustomerEntity {
  return {
    id,
    ...golden,
    segment,
    clv: null,
    pAlive: null,
    expectedPurchases: null,
    expectedSpend: null,
    valueUpdatedAt: null,
    erasedAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}
