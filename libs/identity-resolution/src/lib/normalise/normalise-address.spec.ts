import { normaliseAddressLine, normalisePostcode } from './normalise-address';

describe('normaliseAddressLine', () => {
  it.each([
    ['12 Stanley Street', '12', 'stanley st'],
    ['12a High Rd.', '12a', 'high rd'],
    ['Flat 3, 45 Queen’s Avenue', '3', 'flat 45 queens ave'],
    ['Rue de la Paix', '', 'rue de la paix'],
    ['Königstraße 5', '5', 'konigstrasse'],
    ['', '', ''],
    [null, '', ''],
  ])('%s → %s / %s', (input, houseNumber, street) => {
    expect(normaliseAddressLine(input)).toEqual({ houseNumber, street });
  });

  it('handles very long lines', () => {
    expect(normaliseAddressLine(`1 ${'long '.repeat(2000)}road`).street.endsWith('long rd')).toBe(true);
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['sw1a 1aa', 'SW1A1AA'],
    [' 2000 ', '2000'],
    ['94103-1234', '941031234'],
    ['', ''],
    [null, ''],
    ['ü', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
});
