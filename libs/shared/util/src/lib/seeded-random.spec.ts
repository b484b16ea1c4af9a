import { SeededRandom, hashString } from './seeded-random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('draws uniforms in [0,1) with mean close to 1/2', () => {
    const r = new SeededRandom('uniform');
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it.each([
    [0.5, 2],
    [3, 1.5],
  ])('draws Gamma(%p, %p) with the right mean', (shape, scale) => {
    const r = new SeededRandom(7);
    let sum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) sum += r.gamma(shape, scale);
    expect(sum / n).toBeCloseTo(shape * scale, 1);
  });

  it('draws Poisson with the right mean', () => {
    const r = new SeededRandom(9);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += r.poisson(3.2);
    expect(sum / 100_000).toBeCloseTo(3.2, 1);
  });

  it('hashes strings stably', () => {
    expect(hashString('rapport')).toBe(hashString('rapport'));
    expect(hashString('rapport')).not.toBe(hashString('Rapport'));
  });
});
