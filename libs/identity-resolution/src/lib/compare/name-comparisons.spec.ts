import { levelOf } from '../testing/level-of';

describe('firstName comparison', () => {
  it.each([
    ['william', 'william', '', '', 'exact'],
    ['bill', 'william', '', '', 'nickname'],
    ['jon', 'john', '', '', 'nickname'],
    ['jhon', 'john', '', '', 'jaro-winkler ≥ 0.92 or one edit'],
    ['amy', 'aym', '', '', 'jaro-winkler ≥ 0.92 or one edit'],
    ['mary ann', 'mary', '', '', 'jaro-winkler ≥ 0.92 or one edit'],
    ['smith', 'john', 'john', 'smith', 'swapped with surname'],
    ['j', 'john', '', '', 'initial'],
    ['johnathon', 'jonathan', '', '', 'jaro-winkler ≥ 0.8'],
    ['maria', 'marion', '', '', 'jaro-winkler ≥ 0.8'],
    ['john', 'james', '', '', 'else'],
    ['', 'john', '', '', 'missing'],
    ['zoë', 'zoe', '', '', 'jaro-winkler ≥ 0.92 or one edit'],
  ])('%s / %s (surnames %s / %s) → %s', (a, b, lastA, lastB, expected) => {
    expect(levelOf({ kind: 'firstName' }, { firstName: a, lastName: lastA }, { firstName: b, lastName: lastB })).toBe(expected);
  });

  it('handles very long names', () => {
    const long = 'a'.repeat(5000);
    expect(levelOf({ kind: 'firstName' }, { firstName: long }, { firstName: `${long}b` })).toBe('jaro-winkler ≥ 0.92 or one edit');
  });
});

describe('lastName comparison', () => {
  it.each([
    ['smith', 'smith', '', '', 'exact'],
    ['thompson', 'thomson', '', '', 'jaro-winkler ≥ 0.92'],
    ['smith', 'smyth', '', '', 'jaro-winkler ≥ 0.8 or shared word'],
    ['john', 'smith', 'smith', 'john', 'swapped with given name'],
    ['smith jones', 'jones', '', '', 'jaro-winkler ≥ 0.8 or shared word'],
    ['smith', 'taylor', '', '', 'else'],
    ['smith', '', '', '', 'missing'],
  ])('%s / %s → %s', (a, b, firstA, firstB, expected) => {
    expect(levelOf({ kind: 'lastName' }, { lastName: a, firstName: firstA }, { lastName: b, firstName: firstB })).toBe(expected);
  });
});
