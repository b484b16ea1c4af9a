import { formalFirstName } from '../normalise/nicknames';
import { compactName } from '../normalise/normalise-name';
import { type NormalisedRecord } from '../record/source-record';
import { soundex } from '../strings/soundex';
import { type BlockingKeyPart, type BlockingRule } from './blocking-rule';

/** Longest block key stored (the data layer's column is varchar(160)). */
export const MAX_BLOCK_KEY_LENGTH = 160;

function fieldValue(record: NormalisedRecord, field: string): string {
  switch (field) {
    case 'firstName':
    case 'lastName':
    case 'email':
    case 'phone':
    case 'dateOfBirth':
    case 'houseNumber':
    case 'street':
    case 'postcode':
    case 'city':
      return record[field];
    default:
      return record.identifiers[field] ?? '';
  }
}

function transform(value: string, part: BlockingKeyPart, isFirstName: boolean): string {
  if (value.length === 0) return '';
  // Blocking on the formal name keeps bill and william in one block.
  const base = isFirstName ? formalFirstName(value) : value;
  switch (part.transform ?? 'exact') {
    case 'exact':
      return base;
    case 'soundex':
      return soundex(compactName(base));
    case 'initial':
      return base.charAt(0);
    case 'prefix3':
      return base.slice(0, 3);
    case 'year':
      return base.slice(0, 4);
  }
}

/** The key of one rule for one record, or null when a part is missing. */
export function blockKeyOf(record: NormalisedRecord, rule: BlockingRule): string | null {
  let key = '';
  for (let p = 0; p < rule.parts.length; p++) {
    const part = rule.parts[p];
    let piece: string;
    if (part.field === 'fullName') {
      const first = transform(record.firstName, part, true);
      const last = transform(record.lastName, part, false);
      if (first.length === 0 || last.length === 0) return null;
      piece = first < last ? `${first}|${last}` : `${last}|${first}`;
    } else {
      piece = transform(fieldValue(record, part.field), part, part.field === 'firstName');
      if (piece.length === 0) return null;
    }
    key = p === 0 ? piece : `${key}|${piece}`;
  }
  return key;
}

/**
 * The block keys of a record, as the database indexes them: `rule:key`, at most
 * {@link MAX_BLOCK_KEY_LENGTH} characters. Fetching the identities that share any of these
 * keys gives the candidates for {@link resolveIncremental}.
 */
export function blockKeysFor(record: NormalisedRecord, rules: readonly BlockingRule[]): string[] {
  const keys: string[] = [];
  for (const rule of rules) {
    const key = blockKeyOf(record, rule);
    if (key !== null) keys.push(`${rule.name}:${key}`.slice(0, MAX_BLOCK_KEY_LENGTH));
  }
  return keys;
}
