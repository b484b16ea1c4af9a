/** The canonical attributes a source record may carry (all optional). */
export const CANONICAL_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'dateOfBirth',
  'addressLine',
  'postcode',
  'city',
] as const;

/** One canonical attribute name. */
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/**
 * A touchpoint record as a source delivers it (CRM row, web sign-up, WhatsApp contact,
 * loyalty card…). Every attribute is optional: thin sources carry only a few.
 */
export interface SourceRecord {
  /** The system the record comes from (`crm`, `web`, `whatsapp`, …). */
  source: string;
  /** The record's key in that system; `source` + `sourceId` identify a record. */
  sourceId: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Any format {@link normaliseDate} reads. */
  dateOfBirth?: string | null;
  /** Street line with house number (`12 Stanley Street`). */
  addressLine?: string | null;
  postcode?: string | null;
  city?: string | null;
  /** Extra identifiers by name (`national_id`, `loyalty_card`, …). */
  identifiers?: Readonly<Record<string, string | null | undefined>>;
  /** Attributes the source has verified (e.g. `email` after a confirmation link). */
  verified?: readonly string[];
}

/**
 * A source record after normalisation: every attribute is a string, '' when missing. Plain
 * data, so it can be stored beside the identity and fed back to incremental resolution.
 */
export interface NormalisedRecord {
  source: string;
  sourceId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** `YYYYMMDD`. */
  dateOfBirth: string;
  houseNumber: string;
  street: string;
  postcode: string;
  city: string;
  identifiers: Readonly<Record<string, string>>;
  verified: readonly string[];
}
