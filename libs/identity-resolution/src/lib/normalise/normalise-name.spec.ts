import { compactName, foldText, normaliseName } from './normalise-name';

describe('normaliseName', () => {
  it.each([
    ['  Zoë  ', 'zoe'],
    ["O'Brien-Smith", 'obrien smith'],
    ['Dr. John SMITH Jr', 'john smith'],
    ['José', 'jose'],
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
    ['Ødegård', 'odegard'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    ['!!!', ''],
    ['R2D2', ''],
    ['李 小龍', '李 小龍'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('handles very long names', () => {
    expect(normaliseName('A'.repeat(10000))).toBe('a'.repeat(10000));
  });

  it('folds text and compacts names', () => {
    expect(foldText('  Hello,   World!  ')).toBe('hello world');
    expect(compactName('mary ann')).toBe('maryann');
  });
});
