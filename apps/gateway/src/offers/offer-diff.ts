import { type OfferEntity } from '@rapport/data-access';

/** Offer fields a revision records (everything but bookkeeping). */
export const AUDITED_OFFER_FIELDS = [
  'code',
  'name',
  'description',
  'kind',
  'issue',
  'groupName',
  'channels',
  'treatments',
  'value',
  'lever',
  'mode',
  'eligibility',
  'applicability',
  'suitability',
  'validFrom',
  'validTo',
  'status',
] as const;

type AuditedField = (typeof AUDITED_OFFER_FIELDS)[number];

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/** Field → { from, to } for every audited field that differs. */
export function diffOffers(
  before: OfferEntity | null,
  after: OfferEntity,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of AUDITED_OFFER_FIELDS) {
    const from = before ? before[field as AuditedField] : null;
    const to = after[field as AuditedField];
    if (!before || comparable(from) !== comparable(to))
      changes[field] = { from: before ? plain(from) : null, to: plain(to) };
  }
  return changes;
}

/** The whole offer as JSON, stored with each revision. */
export function snapshotOffer(offer: OfferEntity): Record<string, unknown> {
  const snapshot: Record<string, unknown> = { id: offer.id, version: offer.version };
  for (const field of AUDITED_OFFER_FIELDS) snapshot[field] = plain(offer[field as AuditedField]);
  return snapshot;
}
