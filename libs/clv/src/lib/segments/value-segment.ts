/** The named value segments, in the order their rules are tried. */
export const VALUE_SEGMENTS = ['new', 'champions', 'loyal', 'at_risk', 'hibernating'] as const;

/** One of {@link VALUE_SEGMENTS}. */
export type ValueSegment = (typeof VALUE_SEGMENTS)[number];

/**
 * Thresholds of the segment rules. Each customer gets the first segment whose rule holds:
 * 1. new:         no repeat purchase yet (x = 0) and first purchase at most `newCustomerMaxAgeDays` ago;
 * 2. champions:   predicted CLV ≥ the `championsClvQuantile` quantile of the scored customers
 *                 (or ≥ `championsMinClv` when set) and P(alive) ≥ `championsMinProbabilityAlive`;
 * 3. loyal:       a returning customer (x ≥ 1) with P(alive) ≥ `loyalMinProbabilityAlive`;
 * 4. at_risk:     a returning customer with P(alive) ≥ `atRiskMinProbabilityAlive` (fading but reachable);
 * 5. hibernating: everyone else (one-off buyers past the new window, and the probably lapsed).
 */
export interface ValueSegmentRules {
  readonly newCustomerMaxAgeDays: number;
  readonly championsClvQuantile: number;
  /** An absolute CLV threshold for champions; overrides the quantile (use it when scoring in shards). */
  readonly championsMinClv?: number;
  readonly championsMinProbabilityAlive: number;
  readonly loyalMinProbabilityAlive: number;
  readonly atRiskMinProbabilityAlive: number;
}

/** The defaults: top-20 % CLV and P(alive) ≥ 0.7 for champions, 90 days for new. */
export const DEFAULT_SEGMENT_RULES: ValueSegmentRules = {
  newCustomerMaxAgeDays: 90,
  championsClvQuantile: 0.8,
  championsMinProbabilityAlive: 0.7,
  loyalMinProbabilityAlive: 0.5,
  atRiskMinProbabilityAlive: 0.15,
};
