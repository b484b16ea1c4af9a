import { RapportError } from '@rapport/shared-util';

/** The canonical CSV columns of `rapport identity resolve`, and the record field each feeds. */
export const CANONICAL_COLUMNS = {
  source: 'source',
  source_id: 'sourceId',
  first_name: 'firstName',
  last_name: 'lastName',
  email: 'email',
  phone: 'phone',
  date_of_birth: 'dateOfBirth',
  address_line: 'addressLine',
  postcode: 'postcode',
  city: 'city',
} as const;

export type CanonicalColumn = keyof typeof CANONICAL_COLUMNS;

/** A file column → canonical column mapping; several file columns may feed one canonical column. */
export type ColumnMap = ReadonlyMap<string, string>;

/**
 * Parses `--map` values (`given_name=first_name,surname=last_name`, repeatable). Any target
 * that is not a canonical column names an extra identifier (`ssn=national_id`).
 */
export function parseColumnMap(values: readonly string[]): ColumnMap {
  const map = new Map<string, string>();
  for (const value of values) {
    for (const entry of value.split(',')) {
      const trimmed = entry.trim();
      if (trimmed.length === 0) continue;
      const eq = trimmed.indexOf('=');
      const from = eq > 0 ? trimmed.slice(0, eq).trim() : '';
      const to = eq > 0 ? trimmed.slice(eq + 1).trim() : '';
      if (!from || !to || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(to)) {
        throw new RapportError('BAD_USER_INPUT', `--map expects column=canonical pairs, got "${trimmed}"`, 'map');
      }
      map.set(from, to);
    }
  }
  return map;
}

/**
 * The canonical column each file column feeds: mapped columns to their target, columns
 * already named canonically to themselves, anything else to nothing (ignored).
 */
export function targetOf(column: string, map: ColumnMap): string | null {
  const mapped = map.get(column);
  if (mapped) return mapped;
  return column in CANONICAL_COLUMNS ? column : null;
}
