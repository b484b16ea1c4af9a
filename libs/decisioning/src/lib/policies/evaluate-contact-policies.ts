import { MS_PER_DAY } from '@rapport/shared-util';
import { type ContactPolicy } from './contact-policy';
import { type ResolvedOutcome } from './tracked-outcome';

/** A pause covering "now": why the policy suppresses its unit and until when. */
export interface ActivePause {
  policy: ContactPolicy;
  /** Time of the outcome that brought the window to the threshold. */
  triggeredAt: number;
  /** Exclusive end of the pause. */
  until: number;
  /** Outcomes in the trailing window when the pause opened. */
  countInWindow: number;
}

/** Unit key of the customer-wide count. */
export const CUSTOMER_UNIT = '*';

/**
 * Finds, for one policy, the pauses that cover `now`, keyed by counting unit (offer id, group,
 * issue, or CUSTOMER_UNIT). With `channel: 'same'` only outcomes on `channel` count, since the
 * pause only matters on the channel being decided. `outcomes` must be sorted by time.
 */
export function findActivePauses(
  policy: ContactPolicy,
  outcomes: readonly ResolvedOutcome[],
  channel: string,
  now: number,
): Map<string, ActivePause> | null {
  const windowMs = policy.windowDays * MS_PER_DAY;
  const pauseMs = policy.pauseDays * MS_PER_DAY;
  const earliestRelevant = now - pauseMs - windowMs;
  // The qualifying outcomes in time order, by unit and time (flat arrays: no list per unit).
  const units: string[] = [];
  const times: number[] = [];
  for (let k = firstAtOrAfter(outcomes, earliestRelevant); k < outcomes.length; k++) {
    const o = outcomes[k];
    if (o.at > now) break;
    if (policy.channel === 'same' && o.channel !== channel) continue;
    if (!policy.outcomes.includes(o.outcome)) continue;
    const unit =
      policy.countBy === 'customer'
        ? CUSTOMER_UNIT
        : policy.countBy === 'offer'
          ? o.offerId
          : policy.countBy === 'group'
            ? o.groupName
            : o.issue;
    if (unit === null) continue;
    units.push(unit);
    times.push(o.at);
  }
  // Latest first: a unit's pause is the one its latest outcome reaching the count opens (it ends
  // last); outcomes older than now − pause open no pause covering now, nor do earlier ones.
  let active: Map<string, ActivePause> | null = null;
  for (let j = units.length - 1; j >= 0; j--) {
    const t = times[j];
    if (now >= t + pauseMs) break;
    const unit = units[j];
    if (active?.has(unit)) continue;
    // Outcomes of the unit in the trailing window (t − W, t], and how many of them fall at t.
    let inWindow = 0;
    let atT = 0;
    for (let q = j; q >= 0 && times[q] > t - windowMs; q--) {
      if (units[q] !== unit) continue;
      inWindow++;
      if (times[q] === t) atT++;
    }
    if (inWindow < policy.count) continue;
    // Several outcomes at t: the pause opened at the first of them to reach the count.
    const countInWindow = Math.max(inWindow - atT + 1, policy.count);
    (active ??= new Map()).set(unit, { policy, triggeredAt: t, until: t + pauseMs, countInWindow });
  }
  return active;
}

/** Index of the first outcome at or after `time` in outcomes sorted by time (binary search). */
function firstAtOrAfter(outcomes: readonly ResolvedOutcome[], time: number): number {
  let low = 0;
  let high = outcomes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (outcomes[mid].at < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The unit an offer belongs to under a policy's `countBy`. */
export function unitOf(policy: ContactPolicy, offer: { id: string; groupName: string; issue: string }): string {
  switch (policy.countBy) {
    case 'offer':
      return offer.id;
    case 'group':
      return offer.groupName;
    case 'issue':
      return offer.issue;
    default:
      return CUSTOMER_UNIT;
  }
}

/** The explanation of a pause: which policy, how many outcomes, and until when. */
export function describePause(pause: ActivePause): string {
  return `${pause.policy.name}: ${pause.countInWindow} × ${pause.policy.outcomes.join('/')} within ${pause.policy.windowDays} days; paused until ${new Date(pause.until).toISOString()}`;
}
