import { type OfferKind } from './offer';

/**
 * Picks offers a policy or weight applies to. Every given field must match; an empty selector
 * matches every offer.
 */
export interface OfferSelector {
  offerIds?: readonly string[];
  codes?: readonly string[];
  issues?: readonly string[];
  groups?: readonly string[];
  kinds?: readonly OfferKind[];
}

export function matchesSelector(
  selector: OfferSelector | undefined,
  offer: { id: string; code: string; issue: string; groupName: string; kind: OfferKind },
): boolean {
  if (!selector) return true;
  if (selector.offerIds && !selector.offerIds.includes(offer.id)) return false;
  if (selector.codes && !selector.codes.includes(offer.code)) return false;
  if (selector.issues && !selector.issues.includes(offer.issue)) return false;
  if (selector.groups && !selector.groups.includes(offer.groupName)) return false;
  if (selector.kinds && !selector.kinds.includes(offer.kind)) return false;
  return true;
}
