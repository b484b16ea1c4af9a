// Letters outside the Latin-1/Latin Extended blocks that NFD does not decompose.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL_LETTERS = /[ßæœøđðþłıħ]/g;
// Everything except letters, digits and spaces becomes a separator; apostrophes vanish
// (o'brien → obrien) so the same name typed with or without them agrees.
const APOSTROPHES = /['’`´]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Folds case and accents and turns punctuation into single spaces: `"  Zoë  O'Brien-Smith "`
 * → `"zoe obrien smith"`. Returns '' for empty or letter-less input.
 */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export function foldText(value: string | null | undefined): string {
  if (!value) return '';
  const lower = value.toLowerCase();
  // Most values are plain ASCII words already: skip Unicode decomposition and the regexes.
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTERS, (c) => SPECIAL_FOLDS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

// Titles and suffixes carry no identity; dropping them keeps "Dr John Smith Jr" = "John Smith".
const NAME_NOISE = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Normalises a personal name: folded text without titles or suffixes and without digits.
 * Keeps inner spaces ("mary ann"); use {@link compactName} to ignore them.
 */
export function normaliseName(value: string | null | undefined): string {
  const folded = foldText(value);
  if (folded.length === 0) return '';
  const parts = folded.split(' ').filter((p) => p.length > 0 && !NAME_NOISE.has(p) && !/\d/.test(p));
  return parts.join(' ');
}

/** A name with its spaces removed, for comparisons where "mary ann" and "maryann" agree. */
export function compactName(name: string): string {
  return name.indexOf(' ') < 0 ? name : name.replace(/ /g, '');
}
