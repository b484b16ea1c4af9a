import { Float64HashIndex } from './float64-hash-index';

describe('Float64HashIndex', () => {
  it('gives dense first-seen ids to distinct values and survives growing', () => {
    const index = new Float64HashIndex(2);
    const values = [0, 38.86, 1e15 + 1, -0, 0.1 + 0.2, 0.3, 7, 7, 38.86];
    for (let i = 0; i < 5000; i++) values.push(i * 7);
    const expected = new Map<number, number>();
    const ids = values.map((value) => index.idOf(value));
    for (const value of values) if (!expected.has(value)) expected.set(value, expected.size);
    expect(ids).toEqual(values.map((value) => expected.get(value)));
    expect(index.size).toBe(expected.size);
    expect(Array.from(index.distinctValues())).toEqual(Array.from(expected.keys()));
  });
});
