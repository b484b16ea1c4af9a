import { type NormalisedRecord, type SourceRecord } from '@rapport/identity-resolution';
import { type IdentityEntity } from '../entities/identity.entity';

/** Identity attributes the resolver reads back from a stored row. */
export type StoredIdentityFields = Pick<
  IdentityEntity,
  | 'source'
  | 'sourceKey'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'emailNormalized'
  | 'phone'
  | 'phoneNormalized'
  | 'dateOfBirth'
  | 'addressLine'
  | 'postcode'
  | 'city'
  | 'attributes'
>;

/** What an identity row stores of a source record beyond the canonical columns. */
interface IdentityAttributes {
  identifiers?: Record<string, string>;
  verified?: string[];
}

const clip = (value: string | null | undefined, length: number): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed.length === 0 ? null : trimmed.slice(0, length);
};

/**
 * Birth dates are stored as ISO days (the customers column is ISO). The normaliser keeps an
 * 8-digit non-date as written so a typo still matches by one edit; it is stored as those digits
 * and re-normalises to itself.
 */
export function storedBirthDate(normalised: string): string | null {
  if (normalised.length === 0) return null;
  if (!/^\d{8}$/.test(normalised)) return normalised.slice(0, 10);
  const iso = `${normalised.slice(0, 4)}-${normalised.slice(4, 6)}-${normalised.slice(6)}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso ? normalised : iso;
}

/**
 * The identity columns for a source record: raw values as received (clipped to the column
 * widths), normalised email and E.164 phone from the identity lib, and identifiers and verified
 * flags in `attributes` so the record can be rebuilt exactly for later resolutions.
 */
export function identityFieldsOf(
  record: SourceRecord,
  normalised: NormalisedRecord,
): Omit<StoredIdentityFields, 'source' | 'sourceKey'> {
  const attributes: IdentityAttributes = {};
  const identifiers: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.identifiers ?? {})) if (value) identifiers[name] = value;
  if (Object.keys(identifiers).length > 0) attributes.identifiers = identifiers;
  if (record.verified && record.verified.length > 0) attributes.verified = [...record.verified];
  return {
    firstName: clip(record.firstName, 100),
    lastName: clip(record.lastName, 100),
    email: clip(record.email, 254),
    emailNormalized: clip(normalised.email, 254),
    phone: clip(record.phone, 40),
    phoneNormalized: clip(normalised.phone, 20),
    dateOfBirth: storedBirthDate(normalised.dateOfBirth),
    addressLine: clip(record.addressLine, 200),
    postcode: clip(record.postcode, 16),
    city: clip(record.city, 100),
    attributes: Object.keys(attributes).length > 0 ? (attributes as Record<string, unknown>) : null,
  };
}

/**
 * Rebuilds the source record of a stored identity. Normalised email and phone are preferred
 * to the raw ones: they are what the seed and imports computed, and re-normalising an E.164
 * number or a normalised address is the identity.
 */
export function sourceRecordOfIdentity(identity: StoredIdentityFields): SourceRecord {
  const attributes = (identity.attributes ?? {}) as IdentityAttributes;
  return {
    source: identity.source,
    sourceId: identity.sourceKey,
    firstName: identity.firstName,
    lastName: identity.lastName,
    email: identity.emailNormalized ?? identity.email,
    phone: identity.phoneNormalized ?? identity.phone,
    dateOfBirth: identity.dateOfBirth,
    addressLine: identity.addressLine,
    postcode: identity.postcode,
    city: identity.city,
    identifiers: attributes.identifiers,
    verified: attributes.verified,
  };
}
