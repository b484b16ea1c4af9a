import { uuidV7 } from './uuid-v7';

describe('uuidV7', () => {
  it('has the version-7 layout', () => {
    expect(uuidV7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts by creation time and encodes the milliseconds', () => {
    const earlier = uuidV7(1_700_000_000_000);
    const later = uuidV7(1_700_000_000_001);
    expect(earlier < later).toBe(true);
    expect(parseInt(earlier.replace(/-/g, '').slice(0, 12), 16)).toBe(1_700_000_000_000);
  });

  it('is unique across many calls in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidV7(42)));
    expect(ids.size).toBe(10_000);
  });
});

describe('uuidV7 within one millisecond', () => {
  it('keeps creation order for the first 2,048 ids of a millisecond (counter in rand_a)', () => {
    const ids = Array.from({ length: 2048 }, () => uuidV7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('restarts the counter at a random value in the next millisecond', () => {
    const firsts = new Set(Array.from({ length: 50 }, (_, k) => uuidV7(1_800_000_001_000 + k).slice(15, 18)));
    expect(firsts.size).toBeGreaterThan(30);
  });
});
