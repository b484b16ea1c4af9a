import { damerauLevenshtein, isWithinOneEdit } from './damerau-levenshtein';

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['ca', 'ac', 1],
    ['19560312', '19650312', 1],
    ['smith', 'smyth', 1],
    ['abc', 'abc', 0],
  ])('%s → %s = %d', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('stops early above maxDistance', () => {
    expect(damerauLevenshtein('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });

  it('handles unicode and very long strings', () => {
    expect(damerauLevenshtein('zoë', 'zoe')).toBe(1);
    const long = 'x'.repeat(3000);
    expect(damerauLevenshtein(long, `${long}y`)).toBe(1);
  });
});

describe('isWithinOneEdit', () => {
  it.each([
    ['', '', true],
    ['', 'a', true],
    ['amy', 'aym', true],
    ['amy', 'amy', true],
    ['amy', 'ay', true],
    ['amy', 'amyx', true],
    ['amy', 'ann', false],
    ['abcd', 'badc', false],
    ['ab', 'abcd', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
    expect(isWithinOneEdit(b, a)).toBe(expected);
    expect(isWithinOneEdit(a, b)).toBe(damerauLevenshtein(a, b) <= 1);
  });
});
