import { RapportError } from '@rapport/shared-util';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])/;

/**
 * Days since 1970-01-01 (UTC) of a calendar day given as 'YYYY-MM-DD' or 'YYYYMMDD' (a time part
 * after 'T' or a space is ignored: purchases are counted per day), or a Date (its UTC day).
 * Returns NaN for anything else, including impossible dates such as 1997-02-30.
 */
export function parseCalendarDay(value: string | Date): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : NaN;
  }
  const match = ISO_DAY.exec(value.trim());
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return ms / MS_PER_DAY;
}

/** Like {@link parseCalendarDay} but throws a BAD_USER_INPUT error naming the field. */
export function requireCalendarDay(value: string | Date, field: string): number {
  const day = parseCalendarDay(value);
  if (Number.isNaN(day)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${field}: "${String(value)}" is not a calendar date (expected YYYY-MM-DD)`,
      field,
    );
  }
  return day;
}
