import { buildComparisons } from '../compare/build-comparisons';
import { RecordTable } from '../record/record-table';
import { estimateM } from './estimate-m';

describe('estimateM', () => {
  // Two comparisons: firstName (7 levels) and email (3 levels). Email is missing (level 0)
  // in 95% of the pairs, as when a whole source lacks it, and agrees in only a few pairs.
  const comparisons = buildComparisons([{ kind: 'firstName' }, { kind: 'email' }], new RecordTable([], []));
  const u = [
    [0.01, 0.005, 0.005, 0.0001, 0.0001, 0.01, 0.9698],
    [0.0001, 0.0001, 0.9998],
  ];
  const patterns: [number, number, number][] = [
    // [firstName level, email level, count]
    [1, 0, 900],
    [1, 1, 30],
    [1, 3, 2],
    [7, 0, 5000],
    [7, 3, 200],
    [2, 0, 60],
    [3, 0, 40],
  ];
  const levels = Uint8Array.from(patterns.flatMap(([a, b]) => [a, b]));
  const counts = Float64Array.from(patterns.map(([, , c]) => c));

  it('stays sane with a field missing from most pairs and rarely agreeing', () => {
    const session = estimateM(comparisons, u, levels, counts, patterns.length, [false, false], {
      maxIterations: 100,
      priorStrength: 20,
      tolerance: 1e-8,
      householdClass: false,
    });
    const [mFirst, mEmail] = session.m as number[][];
    for (const row of [mFirst, mEmail]) {
      expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
      for (const x of row) expect(x).toBeGreaterThan(0);
    }
    // Email agrees for matches when present; it does not collapse to 0 or 1.
    expect(mEmail[0]).toBeGreaterThan(0.5);
    expect(mEmail[0]).toBeLessThan(0.999);
    expect(mFirst[0]).toBeGreaterThan(0.7);
    expect(session.matchFraction).toBeGreaterThan(0.1);
    expect(session.matchFraction).toBeLessThan(0.3);
  });

  it('leaves excluded comparisons out', () => {
    const session = estimateM(comparisons, u, levels, counts, patterns.length, [true, false], {
      maxIterations: 50,
      priorStrength: 20,
      tolerance: 1e-8,
      householdClass: true,
    });
    expect(session.m[0]).toBeNull();
    expect(session.support[0]).toBe(0);
    expect(session.m[1]).not.toBeNull();
  });
});
