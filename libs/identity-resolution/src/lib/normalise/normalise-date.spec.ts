import { dayNumber, normaliseDate } from './normalise-date';

describe('normaliseDate', () => {
  it.each([
    ['19560312', 'dmy', '19560312'],
    ['1956-03-12', 'dmy', '19560312'],
    ['1956-03-12T00:00:00Z', 'dmy', '19560312'],
    ['12/03/1956', 'dmy', '19560312'],
    ['12/03/1956', 'mdy', '19561203'],
    ['25/03/1956', 'mdy', '19560325'],
    ['03/25/1956', 'dmy', '19560325'],
    ['12.3.56', 'dmy', '19560312'],
    ['12 Mar 1956', 'dmy', '19560312'],
    ['12th March 1956', 'dmy', '19560312'],
    ['March 12, 1956', 'dmy', '19560312'],
    ['19561345', 'dmy', '19561345'],
    ['31/02/1956', 'dmy', '19560231'],
    ['', 'dmy', ''],
    [null, 'dmy', ''],
    ['yesterday', 'dmy', ''],
    ['32/13/1956', 'dmy', ''],
    ['1'.repeat(5000), 'dmy', ''],
  ] as const)('%s (%s) → %s', (input, order, expected) => {
    expect(normaliseDate(input, order)).toBe(expected);
  });

  it('expands two-digit years to the past', () => {
    expect(normaliseDate('01/01/20', 'dmy', 2026)).toBe('20200101');
    expect(normaliseDate('01/01/30', 'dmy', 2026)).toBe('19300101');
  });

  it('counts days', () => {
    expect(dayNumber('20000301') - dayNumber('20000228')).toBe(2);
    expect(dayNumber('19000301') - dayNumber('19000228')).toBe(1);
    expect(dayNumber('19561345')).toBeNaN();
    expect(dayNumber('')).toBeNaN();
  });
});
