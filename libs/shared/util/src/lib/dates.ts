export const MS_PER_DAY = 86_400_000;

/** YYYY-MM-DD of a date in UTC. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

/** Whole and fractional days from a to b (positive when b is later). */
export function daysBetween(a: Date, b: Date): number {
  return (b.getTime() - a.getTime()) / MS_PER_DAY;
}
