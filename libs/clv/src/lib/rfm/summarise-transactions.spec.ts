import { readCdnowSampleTransactions, readCdnowSummary } from '../../../fixtures/cdnow-fixtures';
import { summariseTransactions } from './summarise-transactions';

describe('summariseTransactions', () => {
  it('rebuilds the CDNOW calibration summary from CDNOW_sample.txt (daily periods, weeks)', () => {
    const { calibration, holdout } = summariseTransactions(readCdnowSampleTransactions(), {
      calibrationEnd: '1997-09-30',
      observationEnd: '1998-06-30',
      unit: 'weeks',
    });
    const published = readCdnowSummary();
    expect(calibration.frequency.length).toBe(2357);
    const row = new Map(published.customerIds?.map((id, i) => [Number(id), i]));
    // Largest differences over all customers (one assertion each keeps the test fast).
    let frequencyMismatches = 0;
    let timeDifference = 0;
    let spendDifference = 0;
    calibration.customerIds?.forEach((id, i) => {
      const j = row.get(Number(id)) as number;
      if (calibration.frequency[i] !== published.frequency[j]) frequencyMismatches++;
      timeDifference = Math.max(
        timeDifference,
        Math.abs(calibration.recency[i] - published.recency[j]),
        Math.abs(calibration.T[i] - published.T[j]),
      );
      spendDifference = Math.max(spendDifference, Math.abs(calibration.monetaryValue[i] - published.monetaryValue[j]));
    });
    expect(frequencyMismatches).toBe(0);
    expect(timeDifference).toBeLessThan(0.0043);
    expect(spendDifference).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(holdout?.duration).toBeCloseTo(39, 10);
  });

  const transactions = [
    { customerId: 'a', date: '2024-01-01', amount: 10 },
    { customerId: 'a', date: '2024-01-01', amount: 5 }, // same day: one purchase of 15
    { customerId: 'a', date: '2024-01-03', amount: 20 },
    { customerId: 'a', date: '2024-01-10', amount: 40 },
    { customerId: 'a', date: '2024-02-05', amount: 7 }, // holdout
    { customerId: 'b', date: '2024-01-05', amount: 9 },
    { customerId: 'c', date: '2024-02-01', amount: 9 }, // first purchase after calibration end: left out
  ];

  it('counts distinct days, excludes the first purchase from monetary value, and splits the holdout', () => {
    const { calibration, holdout } = summariseTransactions(transactions, {
      calibrationEnd: '2024-01-31',
      observationEnd: '2024-02-29',
    });
    expect(calibration.customerIds).toEqual(['a', 'b']);
    expect(Array.from(calibration.frequency)).toEqual([2, 0]);
    expect(Array.from(calibration.recency)).toEqual([9, 0]);
    expect(Array.from(calibration.T)).toEqual([30, 26]);
    expect(Array.from(calibration.monetaryValue)).toEqual([30, 0]);
    expect(Array.from(holdout?.frequency ?? [])).toEqual([1, 0]);
    expect(holdout?.duration).toBe(29);
  });

  it('counts by ISO week when asked, with recency and T in whole weeks', () => {
    const { calibration } = summariseTransactions(transactions, {
      calibrationEnd: '2024-01-31',
      unit: 'weeks',
      purchasePeriod: 'week',
    });
    // 2024-01-01 and 01-03 share the week starting Monday 01-01; 01-10 is the next week.
    // c's first purchase (Thursday 02-01) falls in the calibration end's week, so c is in, with T = 0.
    expect(calibration.customerIds).toEqual(['a', 'b', 'c']);
    expect(Array.from(calibration.frequency)).toEqual([1, 0, 0]);
    expect(Array.from(calibration.recency)).toEqual([1, 0, 0]);
    expect(Array.from(calibration.T)).toEqual([4, 4, 0]);
  });

  it.each([
    [{ customerId: 'x', date: '2024-02-30', amount: 1 }, /transaction 1: date "2024-02-30" is not a calendar date/],
    [{ customerId: 'x', date: 'yesterday', amount: 1 }, /transaction 1: date "yesterday"/],
    [{ customerId: 'x', date: '2024-01-01', amount: -5 }, /transaction 1: amount must be a number ≥ 0, got -5/],
    [{ customerId: 'x', date: '2024-01-01', amount: NaN }, /transaction 1: amount must be a number ≥ 0, got NaN/],
  ])('rejects bad transaction %p', (transaction, message) => {
    expect(() => summariseTransactions([transaction], { calibrationEnd: '2024-01-31' })).toThrow(message);
  });

  it('rejects empty input and an observation end before the calibration end', () => {
    expect(() => summariseTransactions([], { calibrationEnd: '2024-01-31' })).toThrow(/no transactions/);
    expect(() =>
      summariseTransactions(transactions, { calibrationEnd: '2024-01-31', observationEnd: '2024-01-01' }),
    ).toThrow(/observationEnd is before calibrationEnd/);
  });
});
