const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const moneyPrecise = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

export const formatMoney = (value: number | null | undefined): string => (value == null ? '—' : money.format(value));
export const formatMoneyPrecise = (value: number | null | undefined): string =>
  value == null ? '—' : moneyPrecise.format(value);
export const formatPercent = (value: number | null | undefined, digits = 0): string =>
  value == null ? '—' : `${(value * 100).toFixed(digits)} %`;
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '—');
export const formatDate = (iso: string | null | undefined): string => (iso ? date.format(new Date(iso)) : '—');
export const formatNumber = (value: number | null | undefined, digits = 2): string =>
  value == null ? '—' : value.toFixed(digits);

/** "call_center" → "Call center", "AT_RISK" → "At risk". */
export function humanise(value: string | null | undefined): string {
  if (!value) return '—';
  const spaced = value.replace(/_/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function fullName(person: { firstName?: string | null; lastName?: string | null }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ') || 'Unnamed customer';
}
