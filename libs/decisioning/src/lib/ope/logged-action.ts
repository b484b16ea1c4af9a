/**
 * One logged decision for offline policy evaluation: what the logging policy chose, with what
 * probability, and what it earned. Maps from interactions (selectionProbability) or from the
 * Open Bandit Dataset (propensity_score).
 */
export interface LoggedAction {
  /** Context key the reward model groups by (e.g. segment + channel); '' when context-free. */
  context: string;
  action: string;
  /** Probability the logging policy chose `action` in this context (must be > 0). */
  selectionProbability: number;
  reward: number;
}

/** The candidate policy: its action distribution for a logged context (probabilities sum to 1). */
export type TargetPolicy = (log: LoggedAction) => ReadonlyArray<readonly [action: string, probability: number]>;

/** Predicted mean reward of an action in a logged context (the "direct method" model). */
export type RewardModel = (log: LoggedAction, action: string) => number;

/** An estimate with a confidence interval. */
export interface PolicyValueEstimate {
  estimate: number;
  standardError: number;
  lower: number;
  upper: number;
  n: number;
}

export interface OffPolicyReport {
  /** Mean logged reward (the logging policy's own value). */
  logged: PolicyValueEstimate;
  ipw: PolicyValueEstimate;
  snipw: PolicyValueEstimate;
  /** Direct method (reward model only); present when a reward model was given or fitted. */
  dm: PolicyValueEstimate;
  dr: PolicyValueEstimate;
  /** Kish effective sample size of the importance weights: small means the estimate rests on few logs. */
  effectiveSampleSize: number;
  maxWeight: number;
}
