/** Which component comes first in an ambiguous numeric date such as `03/04/1980`. */
export type DateOrder = 'dmy' | 'mdy';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function expandYear(y: number, pivotYear: number): number {
  if (y >= 100) return y;
  // Two-digit years are birth years: pick the century that does not put them in the future.
  const century = Math.floor(pivotYear / 100) * 100;
  return century + y > pivotYear ? century - 100 + y : century + y;
}

function build(year: number, month: number, day: number): string {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${year}${pad2(month)}${pad2(day)}`;
}

/**
 * Normalises a date to `YYYYMMDD`. Accepts `YYYYMMDD`, ISO `YYYY-MM-DD` (with or without a
 * time), `DD/MM/YYYY`, `MM/DD/YYYY`, `DD.MM.YY`, `12 Mar 1980`, `Mar 12, 1980`. When both
 * leading numbers could be the day, `order` decides; a value above 12 in either place settles
 * it. Eight-digit values that are not calendar dates (`19561345`) are kept as written, because
 * the comparison of a typo'd value with the true one is still evidence. Returns '' otherwise.
 */
export function normaliseDate(value: string | null | undefined, order: DateOrder = 'dmy', pivotYear = 2026): string {
  if (!value) return '';
  const text = value.trim().toLowerCase();
  if (text.length === 0) return '';
  if (/^\d{8}$/.test(text)) {
    const year = Number(text.slice(0, 4));
    return year >= 1000 ? text : '';
  }
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = expandYear(Number(m[3]), pivotYear);
    const dayFirst = first > 12 ? true : second > 12 ? false : order === 'dmy';
    return dayFirst ? build(year, second, first) : build(year, first, second);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s-,]+(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2].slice(0, m[2] === 'sept' ? 4 : 3)];
    return month ? build(expandYear(Number(m[3]), pivotYear), month, Number(m[1])) : '';
  }
  m = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[1].slice(0, 3)];
    return month ? build(expandYear(Number(m[3]), pivotYear), month, Number(m[2])) : '';
  }
  return '';
}

/** Days since 0000-03-01 of a `YYYYMMDD` string (proleptic Gregorian), or NaN if invalid. */
export function dayNumber(yyyymmdd: string): number {
  if (yyyymmdd.length !== 8) return Number.NaN;
  let y = (yyyymmdd.charCodeAt(0) - 48) * 1000 + (yyyymmdd.charCodeAt(1) - 48) * 100 + (yyyymmdd.charCodeAt(2) - 48) * 10 + (yyyymmdd.charCodeAt(3) - 48);
  let mo = (yyyymmdd.charCodeAt(4) - 48) * 10 + (yyyymmdd.charCodeAt(5) - 48);
  const d = (yyyymmdd.charCodeAt(6) - 48) * 10 + (yyyymmdd.charCodeAt(7) - 48);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return Number.NaN;
  // Shift the year to start in March so the leap day is last (Howard Hinnant's days_from_civil).
  if (mo <= 2) {
    y -= 1;
    mo += 12;
  }
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (mo - 3) + 2) / 5) + d - 1;
}
