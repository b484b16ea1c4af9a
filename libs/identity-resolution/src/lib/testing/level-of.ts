import { buildComparisons } from '../compare/build-comparisons';
import { type ComparisonSpec } from '../compare/comparison';
import { RecordTable } from '../record/record-table';
import { type NormalisedRecord } from '../record/source-record';

/** A normalised record with every attribute empty except the given ones (for specs). */
export function record(fields: Partial<NormalisedRecord> = {}): NormalisedRecord {
  return {
    source: 's',
    sourceId: String(Math.random()),
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    dateOfBirth: '',
    houseNumber: '',
    street: '',
    postcode: '',
    city: '',
    identifiers: {},
    verified: [],
    ...fields,
  };
}

/** The level label one comparison gives two records ('missing' for level 0), for specs. */
export function levelOf(spec: ComparisonSpec, a: Partial<NormalisedRecord>, b: Partial<NormalisedRecord>): string {
  const ra = record(a);
  const rb = record(b);
  const identifiers = [...new Set([...Object.keys(ra.identifiers), ...Object.keys(rb.identifiers)])];
  const table = new RecordTable([ra, rb], identifiers);
  const [comparison] = buildComparisons([spec], table);
  const level = comparison.compare(table, 0, 1);
  const reverse = comparison.compare(table, 1, 0);
  if (level !== reverse) throw new Error(`asymmetric comparison ${comparison.name}: ${level} vs ${reverse}`);
  return level === 0 ? 'missing' : comparison.levels[level - 1];
}
