import { type OfferSelector } from '../catalog/offer-selector';
import { type TrackedOutcome } from './tracked-outcome';

/**
 * "Suppress for `pauseDays` once `count` `outcomes` fell within `windowDays`."
 *
 * Precisely: for each counting unit (see `countBy`), a qualifying outcome at time t whose
 * trailing window (t − windowDays, t] then holds at least `count` qualifying outcomes opens a
 * pause [t, t + pauseDays). An offer the policy applies to is suppressed while any pause of its
 * unit covers "now". Outcomes after "now" are ignored.
 */
export interface ContactPolicy {
  id: string;
  /** Shown in explanations. */
  name: string;
  /** Offers the policy suppresses; omitted = every offer. */
  appliesTo?: OfferSelector;
  outcomes: readonly TrackedOutcome[];
  count: number;
  windowDays: number;
  pauseDays: number;
  /**
   * Which outcomes count towards an offer's pause: those of the same offer, any offer of its
   * group, any offer of its issue, or any of the customer's outcomes (including ones about no
   * offer, such as a complaint about the service).
   */
  countBy: 'offer' | 'group' | 'issue' | 'customer';
  /** `any`: outcomes on every channel count and the pause holds on every channel; `same`: per channel. */
  channel: 'any' | 'same';
}

/** An outbound frequency cap: at most `max` sends per rolling `periodDays`. */
export interface OutboundCap {
  id: string;
  name: string;
  /** A channel, or `any` to cap across every channel. */
  channel: string;
  /** Which sends count and which offers are capped (default marketing). */
  purpose?: 'marketing' | 'service' | 'any';
  max: number;
  periodDays: number;
}
