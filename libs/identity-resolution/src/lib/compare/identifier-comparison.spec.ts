import { RecordTable } from '../record/record-table';
import { levelOf } from '../testing/level-of';
import { buildComparisons } from './build-comparisons';

describe('identifier comparison', () => {
  it.each([
    ['ab123456', 'ab123456', 'exact'],
    ['ab123456', 'ab123465', 'one edit'],
    ['ab123456', 'xy987654', 'else'],
    ['ab123456', '', 'missing'],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(levelOf({ kind: 'identifier', column: 'national_id' }, { identifiers: { national_id: a } }, { identifiers: { national_id: b } })).toBe(expected);
  });

  it('refuses an unknown column with a typed error', () => {
    expect(() => buildComparisons([{ kind: 'identifier', column: 'nope' }], new RecordTable([], []))).toThrow(/Unknown identifier column/);
  });
});
