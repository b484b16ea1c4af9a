import { levelOf } from '../testing/level-of';
import { isDayMonthSwap } from './date-comparison';

describe('dateOfBirth comparison', () => {
  it.each([
    ['19800304', '19800304', 'exact'],
    ['19800304', '19800403', 'day/month swapped'],
    ['19800304', '19800305', 'one edit'],
    ['19800304', '19080304', 'one edit'],
    ['19800304', '19801231', 'two edits or within a year'],
    ['19800304', '19810201', 'two edits or within a year'],
    ['19800304', '19650911', 'else'],
    ['19561345', '19561354', 'one edit'],
    ['', '19800304', 'missing'],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(levelOf({ kind: 'dateOfBirth' }, { dateOfBirth: a }, { dateOfBirth: b })).toBe(expected);
  });

  it('detects swaps only within a year', () => {
    expect(isDayMonthSwap('19800304', '19800403')).toBe(true);
    expect(isDayMonthSwap('19800304', '19810403')).toBe(false);
    expect(isDayMonthSwap('', '')).toBe(false);
  });
});
