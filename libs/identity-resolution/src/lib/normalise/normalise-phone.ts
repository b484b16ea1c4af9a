import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** ISO 3166 region used for numbers written without a country code (`020 7946 0018`). */
export type PhoneRegion = CountryCode;

// libphonenumber-js parses in tens of microseconds; customer files repeat the same numbers
// (households, several touchpoints per person), so a bounded cache pays for itself.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();
const shapes = new Map<string, { countryCode: string; strip: number }>();

/**
 * Normalises a phone number to E.164 (`+442079460018`). International forms (`+44 …`,
 * `0044 …`, `+44 (0)20 …`) take a fast path; national forms go through libphonenumber-js
 * with `defaultRegion`. Numbers that parse but fail validation are still returned in E.164
 * (fictional or new ranges must match themselves). Returns '' when no number can be read.
 */
export function normalisePhone(value: string | null | undefined, defaultRegion: PhoneRegion = 'GB'): string {
  if (!value) return '';
  const key = `${defaultRegion}|${value}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = parsePhone(value, defaultRegion);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

function parsePhone(value: string, defaultRegion: PhoneRegion): string {
  // Extensions never identify a person's line; drop them before anything else.
  const text = value.replace(/\s*(?:ext\.?|x|#)\s*\d+\s*$/i, '').replace(/\(0\)/g, '');
  const trimmed = text.trim();
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  const digits = trimmed.replace(/\D+/g, '');
  if (digits.length < 5 || digits.length > 17) return '';
  if (international) {
    const national = trimmed.startsWith('+') ? digits : digits.slice(2);
    if (national.length >= 8 && national.length <= 15) return `+${national}`;
    return '';
  }
  // Within a region, how a national number maps to E.164 (which leading trunk digits go,
  // which country code comes) depends on its length and first digits only; learn that
  // shape from libphonenumber-js once and apply it to the other numbers of the same shape.
  const shapeKey = `${defaultRegion}|${digits.length}|${digits.slice(0, 2)}`;
  const shape = shapes.get(shapeKey);
  if (shape) return `+${shape.countryCode}${digits.slice(shape.strip)}`;
  const parsed = parsePhoneNumberFromString(trimmed, defaultRegion);
  if (!parsed) return '';
  const national = parsed.nationalNumber;
  if (digits.endsWith(national) && shapes.size < CACHE_LIMIT) {
    shapes.set(shapeKey, { countryCode: parsed.countryCallingCode, strip: digits.length - national.length });
  }
  return parsed.number;
}
