import { normalisePhone } from './normalise-phone';

describe('normalisePhone', () => {
  it.each([
    ['020 7946 0018', 'GB', '+442079460018'],
    ['+44 (0)20 7946 0018', 'GB', '+442079460018'],
    ['0044 20 7946 0018', 'GB', '+442079460018'],
    ['07911 123456', 'GB', '+447911123456'],
    ['07911-123-456', 'GB', '+447911123456'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['+1 415 555 2671 ext. 12', 'GB', '+14155552671'],
    ['030 123456', 'DE', '+4930123456'],
    ['', 'GB', ''],
    [null, 'GB', ''],
    ['abc', 'GB', ''],
    ['12', 'GB', ''],
    ['9'.repeat(5000), 'GB', ''],
    ['٠٧٩١١ ١٢٣٤٥٦', 'GB', ''],
  ] as const)('%s (%s) → %s', (input, region, expected) => {
    expect(normalisePhone(input, region)).toBe(expected);
  });

  it('gives the same answer from its caches', () => {
    expect(normalisePhone('07700 900123', 'GB')).toBe('+447700900123');
    expect(normalisePhone('07700 900124', 'GB')).toBe('+447700900124');
    expect(normalisePhone('07700 900123', 'GB')).toBe('+447700900123');
  });
});
