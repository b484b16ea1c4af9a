import { type CompiledCatalog, type CompiledPredicate, type CompiledRuleSlot } from '../catalog/compiled-catalog';
import { OFFER_KINDS, OFFER_MODES } from '../catalog/offer';

/** Kind and mode codes: indexes into OFFER_KINDS and OFFER_MODES. */
export const KIND_SALES = OFFER_KINDS.indexOf('sales');
export const KIND_RETENTION = OFFER_KINDS.indexOf('retention');
export const KIND_SERVICE = OFFER_KINDS.indexOf('service');
export const KIND_EDUCATION = OFFER_KINDS.indexOf('education');
export const MODE_DEFAULT = OFFER_MODES.indexOf('default');
export const MODE_MANDATORY = OFFER_MODES.indexOf('mandatory');

/**
 * The catalog as flat arrays by offer index, built once per engine: the decision loop visits
 * every candidate on the channel, and typed-array reads keep it free of property lookups on
 * offer objects and of string comparisons (kind, mode, purpose).
 */
export interface OfferTable {
  /** Offer indexes with a treatment on each channel, in catalog order. */
  candidates: ReadonlyMap<string, Int32Array>;
  validFrom: Float64Array;
  validTo: Float64Array;
  kind: Uint8Array;
  mode: Uint8Array;
  /** 1 when the offer needs marketing consent, 0 for service. */
  marketing: Uint8Array;
  value: Float64Array;
  lever: Float64Array;
  /**
   * Engagement checks (group rule, then the offer's own, per family in pipeline order) of offer i
   * are checkStart[i] .. checkStart[i + 1] − 1: the predicate (index into `predicates`), the
   * family (0 eligibility, 1 applicability, 2 suitability) and the slot naming it.
   */
  checkStart: Int32Array;
  checkPredicate: Int32Array;
  checkFamily: Uint8Array;
  checkSlot: readonly CompiledRuleSlot[];
  /** Distinct predicates: a decision evaluates each at most once and caches its verdict. */
  predicates: readonly CompiledPredicate[];
}

export function buildOfferTable(catalog: CompiledCatalog): OfferTable {
  const offers = catalog.offers;
  const n = offers.length;
  const predicates: CompiledPredicate[] = [];
  const predicateIndex = new Map<CompiledPredicate, number>();
  const checkStart = new Int32Array(n + 1);
  const checkPredicate: number[] = [];
  const checkFamily: number[] = [];
  const checkSlot: CompiledRuleSlot[] = [];
  const addCheck = (slot: CompiledRuleSlot, family: number): void => {
    let p = predicateIndex.get(slot.test);
    if (p === undefined) {
      predicateIndex.set(slot.test, (p = predicates.length));
      predicates.push(slot.test);
    }
    checkPredicate.push(p);
    checkFamily.push(family);
    checkSlot.push(slot);
  };
  for (const offer of offers) {
    checkStart[offer.index] = checkSlot.length;
    const group = catalog.groups[offer.groupIndex];
    for (let family = 0; family < 3; family++) {
      const groupSlot = group.rules[family];
      if (groupSlot) addCheck(groupSlot, family);
      const offerSlot = offer.rules[family];
      if (offerSlot) addCheck(offerSlot, family);
    }
  }
  checkStart[n] = checkSlot.length;
  const candidates = new Map<string, Int32Array>();
  for (const [channel, list] of catalog.byChannel) candidates.set(channel, Int32Array.from(list, (o) => o.index));
  return {
    candidates,
    validFrom: Float64Array.from(offers, (o) => o.validFromMs),
    validTo: Float64Array.from(offers, (o) => o.validToMs),
    kind: Uint8Array.from(offers, (o) => OFFER_KINDS.indexOf(o.kind)),
    mode: Uint8Array.from(offers, (o) => OFFER_MODES.indexOf(o.mode)),
    marketing: Uint8Array.from(offers, (o) => (o.purpose === 'marketing' ? 1 : 0)),
    value: Float64Array.from(offers, (o) => o.value),
    lever: Float64Array.from(offers, (o) => o.lever),
    checkStart,
    checkPredicate: Int32Array.from(checkPredicate),
    checkFamily: Uint8Array.from(checkFamily),
    checkSlot,
    predicates,
  };
}
