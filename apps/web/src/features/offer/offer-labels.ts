export const OFFER_KINDS = [
  { value: 'SALES', label: 'Sales' },
  { value: 'RETENTION', label: 'Retention' },
  { value: 'SERVICE', label: 'Service' },
  { value: 'EDUCATION', label: 'Education' },
] as const;

export const OFFER_STATUSES = [
  { value: 'DRAFT', label: 'Draft', color: 'gray' },
  { value: 'ACTIVE', label: 'Active', color: 'teal' },
  { value: 'RETIRED', label: 'Retired', color: 'red' },
] as const;

export const OFFER_MODES = [
  { value: 'DEFAULT', label: 'Default' },
  { value: 'MANDATORY', label: 'Mandatory (bypasses caps and arbitration)' },
  { value: 'TRANSACTIONAL', label: 'Transactional (uses no outbound limits)' },
] as const;

export function statusColor(status: string): string {
  return OFFER_STATUSES.find((s) => s.value === status)?.color ?? 'gray';
}
