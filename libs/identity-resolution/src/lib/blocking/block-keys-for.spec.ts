import { record } from '../testing/level-of';
import { blockKeyOf, blockKeysFor, MAX_BLOCK_KEY_LENGTH } from './block-keys-for';
import { DEFAULT_BLOCKING_RULES, effectiveBlockingRules } from './blocking-rule';

describe('block keys', () => {
  it('puts swapped and nicknamed names in the same block', () => {
    const rule = { name: 'names', parts: [{ field: 'fullName' }] };
    expect(blockKeyOf(record({ firstName: 'bill', lastName: 'smith' }), rule)).toBe(blockKeyOf(record({ firstName: 'smith', lastName: 'william' }), rule));
  });

  it('gives no key when a part is missing', () => {
    const rule = DEFAULT_BLOCKING_RULES.find((r) => r.name === 'dob-first');
    expect(rule).toBeDefined();
    expect(blockKeyOf(record({ dateOfBirth: '19800304' }), rule ?? DEFAULT_BLOCKING_RULES[0])).toBeNull();
  });

  it('lists prefixed keys for the database, at most 160 characters each', () => {
    const keys = blockKeysFor(record({ email: `${'x'.repeat(300)}@example.com`, phone: '+447911123456', identifiers: { national_id: 'ab1' } }), effectiveBlockingRules(null, ['national_id']));
    expect(keys).toContain('phone:+447911123456');
    expect(keys).toContain('id-national_id:ab1');
    expect(keys.every((k) => k.length <= MAX_BLOCK_KEY_LENGTH)).toBe(true);
    expect(blockKeysFor(record(), DEFAULT_BLOCKING_RULES)).toEqual([]);
  });
});
