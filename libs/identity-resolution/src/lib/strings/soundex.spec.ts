import { soundex } from './soundex';

describe('soundex', () => {
  it.each([
    ['robert', 'r163'],
    ['rupert', 'r163'],
    ['ashcraft', 'a261'],
    ['tymczak', 't522'],
    ['pfister', 'p236'],
    ['lee', 'l000'],
    ['', ''],
    ['123', ''],
  ])('%s → %s', (name, code) => {
    expect(soundex(name)).toBe(code);
  });

  it('ignores non-letters and copes with long input', () => {
    expect(soundex("o'brien")).toBe(soundex('obrien'));
    expect(soundex('w'.repeat(10000))).toBe('w000');
  });
});
