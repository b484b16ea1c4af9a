/** How a blocking key part turns an attribute into a key fragment. */
export type BlockingTransform = 'exact' | 'soundex' | 'initial' | 'prefix3' | 'year';

/**
 * One part of a blocking key. `field` is a normalised attribute (`firstName`, `lastName`,
 * `email`, `phone`, `dateOfBirth`, `houseNumber`, `street`, `postcode`, `city`), an
 * identifier column, or `fullName`: the given name and surname in alphabetical order, so a
 * record with the two swapped lands in the same block.
 */
export interface BlockingKeyPart {
  field: string;
  transform?: BlockingTransform;
}

/**
 * A blocking rule: records whose keys are equal (and non-empty in every part) become
 * candidate pairs. The union of all rules is compared; blocks larger than the configured
 * maximum are skipped and reported, so no pass is quadratic.
 */
export interface BlockingRule {
  /** Short unique name; it prefixes the stored block keys (`name:key`). */
  name: string;
  parts: readonly BlockingKeyPart[];
}

/**
 * Default rules for person records. Each covers a way two records of one person can still
 * agree when others are corrupted or missing: a shared contact point, phonetic names, the
 * birth date with either initial, the postcode with the given name, or the house.
 */
export const DEFAULT_BLOCKING_RULES: readonly BlockingRule[] = [
  { name: 'email', parts: [{ field: 'email' }] },
  { name: 'phone', parts: [{ field: 'phone' }] },
  { name: 'names', parts: [{ field: 'fullName' }] },
  { name: 'names-sound-year', parts: [{ field: 'fullName', transform: 'soundex' }, { field: 'dateOfBirth', transform: 'year' }] },
  { name: 'dob-first', parts: [{ field: 'dateOfBirth' }, { field: 'firstName', transform: 'initial' }] },
  { name: 'dob-last', parts: [{ field: 'dateOfBirth' }, { field: 'lastName', transform: 'initial' }] },
  { name: 'postcode-first', parts: [{ field: 'postcode' }, { field: 'firstName', transform: 'soundex' }] },
  { name: 'postcode-last', parts: [{ field: 'postcode' }, { field: 'lastName', transform: 'soundex' }] },
  { name: 'house', parts: [{ field: 'postcode' }, { field: 'houseNumber' }] },
  { name: 'dob-postcode', parts: [{ field: 'dateOfBirth' }, { field: 'postcode' }] },
  { name: 'dob-city', parts: [{ field: 'dateOfBirth' }, { field: 'city', transform: 'soundex' }] },
  { name: 'street', parts: [{ field: 'houseNumber' }, { field: 'street', transform: 'soundex' }, { field: 'postcode', transform: 'initial' }] },
];

/** The table columns a blocking rule fixes (EM does not learn those comparisons from its pairs). */
export function blockingRuleColumns(rule: BlockingRule): string[] {
  const columns = new Set<string>();
  for (const part of rule.parts) {
    if (part.field === 'fullName') {
      columns.add('firstName');
      columns.add('lastName');
    } else columns.add(part.field);
  }
  return [...columns];
}

/**
 * The rules a run uses: the configured ones, or by default {@link DEFAULT_BLOCKING_RULES}
 * plus one exact rule per identifier column (`id-national_id`), since an identifier shared
 * by two records is the strongest reason to compare them.
 */
export function effectiveBlockingRules(configured: readonly BlockingRule[] | null, identifierNames: readonly string[]): BlockingRule[] {
  if (configured) return [...configured];
  return [...DEFAULT_BLOCKING_RULES, ...identifierNames.map((field): BlockingRule => ({ name: `id-${field}`, parts: [{ field }] }))];
}
