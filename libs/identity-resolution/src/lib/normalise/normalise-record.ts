import { type NormalisedRecord, type SourceRecord } from '../record/source-record';
import { normaliseAddressLine, normalisePostcode } from './normalise-address';
import { type DateOrder, normaliseDate } from './normalise-date';
import { DEFAULT_EMAIL_PROVIDER_RULES, type EmailProviderRule, normaliseEmail } from './normalise-email';
import { foldText, normaliseName } from './normalise-name';
import { normalisePhone, type PhoneRegion } from './normalise-phone';

/** Options of {@link normaliseRecord}. */
export interface NormaliseOptions {
  /** Region for phone numbers written without a country code. Default `GB`. */
  defaultRegion?: PhoneRegion;
  /** How to read ambiguous numeric dates such as 03/04/1980. Default `dmy`. */
  dateOrder?: DateOrder;
  /** Email provider rules; default {@link DEFAULT_EMAIL_PROVIDER_RULES}. */
  emailRules?: Readonly<Record<string, EmailProviderRule>>;
}

/** Normalises every attribute of a source record (see the individual normalisers). */
export function normaliseRecord(record: SourceRecord, options: NormaliseOptions = {}): NormalisedRecord {
  const address = normaliseAddressLine(record.addressLine);
  const identifiers: Record<string, string> = {};
  if (record.identifiers) {
    for (const [name, value] of Object.entries(record.identifiers)) {
      // Identifiers keep digits and letters only: "123-45 678" and "12345678" agree.
      const folded = foldText(value).replace(/ /g, '');
      if (folded.length > 0) identifiers[name] = folded;
    }
  }
  return {
    source: record.source,
    sourceId: record.sourceId,
    firstName: normaliseName(record.firstName),
    lastName: normaliseName(record.lastName),
    email: normaliseEmail(record.email, options.emailRules ?? DEFAULT_EMAIL_PROVIDER_RULES),
    phone: normalisePhone(record.phone, options.defaultRegion ?? 'GB'),
    dateOfBirth: normaliseDate(record.dateOfBirth, options.dateOrder ?? 'dmy'),
    houseNumber: address.houseNumber,
    street: address.street,
    postcode: normalisePostcode(record.postcode),
    city: foldText(record.city),
    identifiers,
    verified: record.verified ?? [],
  };
}
