/** Event kinds grouped the way an agent filters a conversation. */
export const KIND_GROUPS = [
  { id: 'purchases', label: 'Purchases', kinds: ['PURCHASE'] },
  { id: 'complaints', label: 'Complaints', kinds: ['COMPLAINT', 'COMPLAINT_RESOLVED'] },
  { id: 'service', label: 'Service', kinds: ['SERVICE_REQUEST', 'SERVICE_RESOLVED', 'INQUIRY'] },
  { id: 'offers', label: 'Offers', kinds: ['OFFER_PRESENTED', 'OFFER_ACCEPTED', 'OFFER_REJECTED'] },
  { id: 'messages', label: 'Messages', kinds: ['MESSAGE'] },
  { id: 'visits', label: 'Page views', kinds: ['PAGE_VIEW'] },
] as const;

export type KindGroupId = (typeof KIND_GROUPS)[number]['id'];
export type EventKind = (typeof KIND_GROUPS)[number]['kinds'][number];

export function kindsOfGroups(groups: readonly string[]): EventKind[] {
  return KIND_GROUPS.filter((g) => groups.includes(g.id)).flatMap((g) => [...g.kinds]);
}

/** Kinds an agent must not miss: shown in red in the timeline. */
export const ALERT_KINDS: readonly string[] = ['COMPLAINT', 'OFFER_REJECTED'];
