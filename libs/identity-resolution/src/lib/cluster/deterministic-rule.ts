import { type NormalisedRecord } from '../record/source-record';

/**
 * A deterministic link: records agreeing exactly on every listed attribute are the same
 * person, whatever the model says (e.g. the same verified email). Attributes are normalised
 * field names (`email`, `phone`, …) or identifier columns.
 */
export interface DeterministicRule {
  name: string;
  fields: readonly string[];
  /** Only records that list every field in `verified` take part. */
  onlyVerified?: boolean;
}

/** Default: the same verified email is the same person. */
export const DEFAULT_DETERMINISTIC_RULES: readonly DeterministicRule[] = [
  { name: 'same-verified-email', fields: ['email'], onlyVerified: true },
];

function value(record: NormalisedRecord, field: string): string {
  const core = (record as unknown as Record<string, unknown>)[field];
  if (typeof core === 'string') return core;
  return record.identifiers[field] ?? '';
}

/** The rule's key for a record, or null when the record does not take part. */
export function deterministicKey(record: NormalisedRecord, rule: DeterministicRule): string | null {
  let key = '';
  for (const field of rule.fields) {
    const v = value(record, field);
    if (v.length === 0) return null;
    if (rule.onlyVerified && !record.verified.includes(field)) return null;
    key += `${v}\u0000`;
  }
  return key;
}
