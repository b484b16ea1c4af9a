import { levelOf } from '../testing/level-of';

describe('address comparison', () => {
  it.each([
    ['12', 'high st', '12', 'high st', 'exact'],
    ['', 'high st', '', 'high st', 'exact'],
    ['12', 'pridham st', '12', 'pridhamst', 'same number, street JW ≥ 0.9'],
    ['12', 'high st', '14', 'high st', 'street JW ≥ 0.9'],
    ['12', 'high st', '', 'high st', 'street JW ≥ 0.9'],
    ['12', 'mill ln', '12', 'mill st', 'same number, street JW ≥ 0.7'],
    ['12', 'high st', '12', 'station rd', 'else'],
    ['12', '', '12', 'high st', 'missing'],
  ])('%s %s / %s %s → %s', (na, sa, nb, sb, expected) => {
    expect(levelOf({ kind: 'address' }, { houseNumber: na, street: sa }, { houseNumber: nb, street: sb })).toBe(expected);
  });
});

describe('postcode and city comparisons', () => {
  it.each([
    ['SW1A1AA', 'SW1A1AA', 'exact'],
    ['SW1A1AA', 'SW1A1AB', 'one edit'],
    ['SW1A1AA', 'M11AE', 'else'],
    ['', 'M11AE', 'missing'],
  ])('postcode %s / %s → %s', (a, b, expected) => {
    expect(levelOf({ kind: 'postcode' }, { postcode: a }, { postcode: b })).toBe(expected);
  });

  it.each([
    ['london', 'london', 'exact'],
    ['mclaren vale', 'mclarne vale', 'jaro-winkler ≥ 0.88'],
    ['london', 'leeds', 'else'],
    ['london', '', 'missing'],
  ])('city %s / %s → %s', (a, b, expected) => {
    expect(levelOf({ kind: 'city' }, { city: a }, { city: b })).toBe(expected);
  });
});
