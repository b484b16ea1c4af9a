/** Accepts the shapes timestamps arrive in (Date from the data layer, epoch ms, ISO strings). */
export type Instant = Date | number | string;

export function toEpochMs(value: Instant): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}
