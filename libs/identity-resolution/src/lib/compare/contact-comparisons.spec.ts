import { levelOf } from '../testing/level-of';

describe('email comparison', () => {
  it.each([
    ['ann@example.com', 'ann@example.com', 'exact'],
    ['ann.lee@example.com', 'ann.lee@other.org', 'same local part or one typo'],
    ['ann.lee@example.com', 'ann.lea@example.com', 'same local part or one typo'],
    ['jsmith2@gmail.com', 'jsmith3@gmail.com', 'else'],
    ['ann@example.com', 'bob@example.com', 'else'],
    ['', 'bob@example.com', 'missing'],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(levelOf({ kind: 'email' }, { email: a }, { email: b })).toBe(expected);
  });
});

describe('phone comparison', () => {
  it.each([
    ['+447911123456', '+447911123456', 'exact'],
    ['+447911123456', '+17911123456', 'same last 9 digits or one edit'],
    ['+447911123456', '+447911123465', 'same last 9 digits or one edit'],
    ['+447911123456', '+442079460018', 'else'],
    ['+447911123456', '', 'missing'],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(levelOf({ kind: 'phone' }, { phone: a }, { phone: b })).toBe(expected);
  });
});
