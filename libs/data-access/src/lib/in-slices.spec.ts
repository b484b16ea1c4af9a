import { loadInSlices, MAX_IN_LIST } from './in-slices';

describe('loadInSlices', () => {
  it('keeps every IN list at or below MAX_IN_LIST and returns the rows in id order', async () => {
    const ids = Array.from({ length: 2 * MAX_IN_LIST + 7 }, (_, i) => `id-${String(i).padStart(5, '0')}`);
    const sizes: number[] = [];
    const rows = await loadInSlices(ids, async (slice) => {
      sizes.push(slice.length);
      return slice.map((id) => ({ id }));
    });
    expect(sizes).toEqual([MAX_IN_LIST, MAX_IN_LIST, 7]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it('makes one call for a short list', async () => {
    const calls: string[][] = [];
    await loadInSlices(['a', 'b'], async (slice) => (calls.push(slice), []));
    expect(calls).toEqual([['a', 'b']]);
  });
});
