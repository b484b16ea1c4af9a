import { type RecordTable } from '../record/record-table';
import { addressComparison, cityComparison, postcodeComparison } from './address-comparisons';
import { type Comparison, type ComparisonContext, type ComparisonCore, type ComparisonKind, type ComparisonSpec } from './comparison';
import { emailComparison, phoneComparison } from './contact-comparisons';
import { dateOfBirthComparison } from './date-comparison';
import { identifierComparison } from './identifier-comparison';
import { firstNameComparison, lastNameComparison } from './name-comparisons';

const FACTORIES: Readonly<Record<ComparisonKind, (context: ComparisonContext) => ComparisonCore>> = {
  firstName: firstNameComparison,
  lastName: lastNameComparison,
  dateOfBirth: dateOfBirthComparison,
  email: emailComparison,
  phone: phoneComparison,
  address: addressComparison,
  postcode: postcodeComparison,
  city: cityComparison,
  identifier: identifierComparison,
};

/** The default comparisons: every core attribute plus one per identifier column. */
export function defaultComparisonSpecs(identifierNames: readonly string[]): ComparisonSpec[] {
  return [
    { kind: 'firstName' },
    { kind: 'lastName' },
    { kind: 'dateOfBirth' },
    { kind: 'email' },
    { kind: 'phone' },
    { kind: 'address' },
    { kind: 'postcode' },
    { kind: 'city' },
    ...identifierNames.map((column): ComparisonSpec => ({ kind: 'identifier', column })),
  ];
}

const DEFAULT_GROUPS: Partial<Record<ComparisonKind, string>> = { address: 'location', postcode: 'location', city: 'location' };
const DEFAULT_VETOES: ReadonlySet<ComparisonKind> = new Set<ComparisonKind>(['firstName', 'dateOfBirth', 'identifier']);

/** Turns comparison specs into runnable comparisons for tables shaped like `table`. */
export function buildComparisons(specs: readonly ComparisonSpec[], table: RecordTable): Comparison[] {
  return specs.map((spec) => {
    const base = FACTORIES[spec.kind]({ spec, columnIndex: (name) => table.columnIndex(name) });
    const group = spec.group === undefined ? (DEFAULT_GROUPS[spec.kind] ?? null) : spec.group;
    const vetoes = spec.vetoes ?? (DEFAULT_VETOES.has(spec.kind) && base.role === 'personal');
    return { ...base, group, vetoes };
  });
}
