import { type OfferTable } from './offer-table';

/**
 * The candidates of one channel grouped into screen classes: offers with the same engagement
 * checks, purpose and mode meet the same fate at every stage but validity (per offer) and
 * contact-policy pauses (a short list per decision). A decision screens each class once, which
 * keeps the suppression counts exact without visiting every offer (see DecisionEngine.countLazily).
 */
export interface ScreenClasses {
  /** Class of each offer index, −1 for offers without a treatment on the channel. */
  classOf: Int32Array;
  /** Members of class c are members[start[c]] .. members[start[c + 1] − 1], ascending. */
  start: Int32Array;
  members: Int32Array;
  /** One member per class, whose checks, purpose and mode stand for the class. */
  representative: Int32Array;
  /** Every member is valid when latestFrom ≤ now < earliestTo (else check them one by one). */
  latestFrom: Float64Array;
  earliestTo: Float64Array;
}

export function buildScreenClasses(table: OfferTable, candidates: Int32Array, offerCount: number): ScreenClasses {
  const byKey = new Map<string, number[]>();
  for (const i of candidates) {
    let key = `${table.marketing[i]}|${table.mode[i]}`;
    for (let k = table.checkStart[i]; k < table.checkStart[i + 1]; k++) key += `|${table.checkPredicate[k]}:${table.checkFamily[k]}`;
    const members = byKey.get(key);
    if (members) members.push(i);
    else byKey.set(key, [i]);
  }
  const classes = [...byKey.values()];
  const classOf = new Int32Array(offerCount).fill(-1);
  const start = new Int32Array(classes.length + 1);
  const members = new Int32Array(candidates.length);
  const latestFrom = new Float64Array(classes.length);
  const earliestTo = new Float64Array(classes.length);
  let at = 0;
  classes.forEach((list, c) => {
    start[c] = at;
    latestFrom[c] = -Infinity;
    earliestTo[c] = Infinity;
    for (const i of list) {
      classOf[i] = c;
      members[at++] = i;
      latestFrom[c] = Math.max(latestFrom[c], table.validFrom[i]);
      earliestTo[c] = Math.min(earliestTo[c], table.validTo[i]);
    }
  });
  start[classes.length] = at;
  return { classOf, start, members, representative: Int32Array.from(classes, (list) => list[0]), latestFrom, earliestTo };
}

/**
 * A channel's candidates by kind, each kind sorted by key = upperP × L × margin, descending, for
 * one set of posteriors. Priority bounds follow per decision: V is margin × factor + bonus by kind
 * and C at most the product of the active weights above 1, so no offer of kind k from position j
 * on can exceed Cmax × (factor_k × key[j] + bonus_k × maxUnit[j]), maxUnit[j] being the largest
 * upperP × L from j on (see DecisionEngine.nextBound).
 */
export interface BoundOrder {
  /** Offers of kind k are order[kindStart[k]] .. order[kindStart[k + 1] − 1]. */
  order: Int32Array;
  kindStart: Int32Array;
  key: Float64Array;
  maxUnit: Float64Array;
  /** Store revision of the posteriors it was sorted by. */
  revision: number;
}

export function buildBoundOrder(table: OfferTable, candidates: Int32Array, upperP: Float64Array, kinds: number, revision: number): BoundOrder {
  const n = candidates.length;
  const order = new Int32Array(n);
  const kindStart = new Int32Array(kinds + 1);
  const key = new Float64Array(n);
  const maxUnit = new Float64Array(n);
  const keyOf = (i: number): number => upperP[i] * table.lever[i] * table.value[i];
  let at = 0;
  for (let k = 0; k < kinds; k++) {
    kindStart[k] = at;
    const ofKind = Array.from(candidates).filter((i) => table.kind[i] === k);
    ofKind.sort((a, b) => keyOf(b) - keyOf(a) || a - b);
    for (const i of ofKind) {
      order[at] = i;
      key[at++] = keyOf(i);
    }
    let max = 0;
    for (let j = at - 1; j >= kindStart[k]; j--) maxUnit[j] = max = Math.max(max, upperP[order[j]] * table.lever[order[j]]);
  }
  kindStart[kinds] = at;
  return { order, kindStart, key, maxUnit, revision };
}
