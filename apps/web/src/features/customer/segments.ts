/** Value segments from libs/clv, in the order an agent thinks about them. */
export const SEGMENTS = [
  { value: 'champions', label: 'Champions', color: 'teal' },
  { value: 'loyal', label: 'Loyal', color: 'green' },
  { value: 'new', label: 'New', color: 'blue' },
  { value: 'at_risk', label: 'At risk', color: 'orange' },
  { value: 'hibernating', label: 'Hibernating', color: 'gray' },
] as const;

export function segmentColor(segment: string | null | undefined): string {
  return SEGMENTS.find((s) => s.value === segment)?.color ?? 'gray';
}

export function segmentLabel(segment: string | null | undefined): string {
  return SEGMENTS.find((s) => s.value === segment)?.label ?? (segment ? segment.replace(/_/g, ' ') : 'Unscored');
}
