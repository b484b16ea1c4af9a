import { parseByteSize } from './read-json-body';

describe('parseByteSize', () => {
  it('reads the body-limit syntax', () => {
    expect(parseByteSize('100kb')).toBe(102_400);
    expect(parseByteSize('1MB')).toBe(1_048_576);
    expect(parseByteSize('2048')).toBe(2048);
    expect(parseByteSize('1.5kb')).toBe(1536);
  });

  it('refuses what is not a size', () => {
    expect(() => parseByteSize('lots')).toThrow(/not a size/);
    expect(() => parseByteSize('-1kb')).toThrow(/not a size/);
  });
});
