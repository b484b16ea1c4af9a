import { MS_PER_DAY } from '@rapport/shared-util';
import { type OutboundCap } from './contact-policy';
import { type ResolvedOutcome } from './tracked-outcome';

/** Whether a cap limits an offer of this purpose on this channel. */
export function capApplies(cap: OutboundCap, channel: string, purpose: 'marketing' | 'service'): boolean {
  return (cap.channel === 'any' || cap.channel === channel) && (cap.purpose === 'any' || (cap.purpose ?? 'marketing') === purpose);
}

/**
 * Sends still allowed under each cap at `now` for the channel being decided: max minus the
 * non-transactional sends counted in the trailing period (now − periodDays, now]. Mandatory and
 * transactional offers are never limited; transactional sends are never counted. Mandatory
 * sends do count, because the customer did receive them.
 */
export function remainingOutboundBudget(
  caps: readonly OutboundCap[],
  outcomes: readonly ResolvedOutcome[],
  now: number,
): Int32Array {
  const remaining = new Int32Array(caps.length);
  for (let c = 0; c < caps.length; c++) {
    const cap = caps[c];
    const since = now - cap.periodDays * MS_PER_DAY;
    let sent = 0;
    for (const o of outcomes) {
      if (o.outcome !== 'sent' || o.transactional || o.at <= since || o.at > now) continue;
      if (capApplies(cap, o.channel, o.purpose)) sent++;
    }
    remaining[c] = cap.max - sent;
  }
  return remaining;
}
