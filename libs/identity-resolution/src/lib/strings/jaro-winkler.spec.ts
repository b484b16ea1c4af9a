import { jaro, jaroWinkler } from './jaro-winkler';

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.9611],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.8133],
    ['jellyfish', 'smellyfish', 0.8963],
  ])('%s vs %s ≈ %f (published values)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('handles empty strings', () => {
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaro('abc', '')).toBe(0);
  });

  it('is symmetric and bounded on unicode', () => {
    expect(jaroWinkler('zoë', 'zoe')).toBeCloseTo(jaroWinkler('zoe', 'zoë'), 12);
    expect(jaroWinkler('日本語', '日本')).toBeGreaterThan(0.8);
    expect(jaroWinkler('a', 'b')).toBe(0);
  });

  it('copes with very long strings (buffers grow once)', () => {
    const a = 'ab'.repeat(5000);
    const b = `${a.slice(0, 9999)}c`;
    expect(jaroWinkler(a, b)).toBeGreaterThan(0.99);
    expect(jaroWinkler('short', 'shrot')).toBeCloseTo(jaroWinkler('short', 'shrot'), 12);
  });
});
