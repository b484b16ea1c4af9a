import { areNicknameEquivalent, formalFirstName } from './nicknames';

describe('nicknames', () => {
  it.each([
    ['bill', 'william', true],
    ['will', 'bill', true],
    ['bob', 'robbie', true],
    ['chris', 'christopher', true],
    ['chris', 'christine', true],
    ['christopher', 'christine', false],
    ['peggy', 'margaret', true],
    ['john', 'james', false],
    ['', '', false],
    ['zoë', 'zoe', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(areNicknameEquivalent(a, b)).toBe(expected);
  });

  it('maps nicknames to a formal name and leaves others alone', () => {
    expect(formalFirstName('bill')).toBe('william');
    expect(formalFirstName('peggy')).toBe('margaret');
    expect(formalFirstName('zebedee')).toBe('zebedee');
    expect(formalFirstName('')).toBe('');
  });
});
