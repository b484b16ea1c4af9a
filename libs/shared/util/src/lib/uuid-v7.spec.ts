import { uuidV7, uuidV7Floor } from './uuid-v7';

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

describe('uuidV7Floor', () => {
  it('bounds the ids of a millisecond: at or above its floor, below the next one', () => {
    for (const ms of [0, 1, 255, 1_800_000_000_000, 1_800_000_000_001, 2 ** 47 + 12_345]) {
      for (let k = 0; k < 50; k++) {
        const id = uuidV7(ms);
        expect(id >= uuidV7Floor(ms)).toBe(true);
        expect(id < uuidV7Floor(ms + 1)).toBe(true);
      }
    }
    expect(uuidV7Floor(0x0123456789ab)).toBe('01234567-89ab-0000-0000-000000000000');
  });
});
