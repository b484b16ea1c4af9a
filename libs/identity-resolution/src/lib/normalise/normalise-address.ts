import { foldText } from './normalise-name';

/** Street-type and direction words and their postal abbreviations (UK, US and AU usage). */
export const STREET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  street: 'st', st: 'st', str: 'st',
  road: 'rd', rd: 'rd',
  avenue: 'ave', ave: 'ave', av: 'ave',
  lane: 'ln', ln: 'ln',
  drive: 'dr', dr: 'dr',
  court: 'ct', ct: 'ct',
  place: 'pl', pl: 'pl',
  crescent: 'cres', cres: 'cres', cr: 'cres',
  close: 'cl', cl: 'cl',
  terrace: 'tce', tce: 'tce', terr: 'tce',
  boulevard: 'blvd', blvd: 'blvd',
  square: 'sq', sq: 'sq',
  highway: 'hwy', hwy: 'hwy',
  parade: 'pde', pde: 'pde',
  circuit: 'cct', cct: 'cct',
  grove: 'gr', gr: 'gr',
  gardens: 'gdns', gdns: 'gdns',
  mount: 'mt', mt: 'mt',
  north: 'n', south: 's', east: 'e', west: 'w',
  apartment: 'apt', apt: 'apt', flat: 'flat', unit: 'unit', suite: 'ste',
};

/** A street address split into the parts the comparisons use. */
export interface NormalisedAddress {
  /** The first number in the line (`12a` keeps its letter), '' if none. */
  houseNumber: string;
  /** The remaining words, abbreviated and folded (`high st`), '' if none. */
  street: string;
}

/**
 * Normalises an address line: folds case, accents and punctuation, abbreviates street types
 * (`Stanley Street` → `stanley st`) and splits off the house number.
 */
export function normaliseAddressLine(value: string | null | undefined): NormalisedAddress {
  const folded = foldText(value);
  if (folded.length === 0) return { houseNumber: '', street: '' };
  let houseNumber = '';
  const words: string[] = [];
  for (const word of folded.split(' ')) {
    if (houseNumber === '' && /^\d+[a-z]?$/.test(word)) {
      houseNumber = word;
      continue;
    }
    words.push(STREET_ABBREVIATIONS[word] ?? word);
  }
  return { houseNumber, street: words.join(' ') };
}

/** Normalises a postcode or ZIP: upper case, no spaces or punctuation (`sw1a 1aa` → `SW1A1AA`). */
export function normalisePostcode(value: string | null | undefined): string {
  if (!value) return '';
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}
