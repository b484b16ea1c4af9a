/**
 * A function to minimise over unconstrained parameters (the models use log-parameters).
 * `gradient`, when given, writes ∂f/∂θ into `out` and returns f(θ), so one pass serves both.
 */
export interface Objective {
  readonly dimension: number;
  value(theta: Float64Array): number;
  gradient?(theta: Float64Array, out: Float64Array): number;
}

/**
 * Log-parameters beyond ±30 (natural values beyond 1e13 or below 1e-13) mean nothing for these
 * models and only occur when an optimiser overshoots; the likelihoods lose precision there, so they
 * report such points as infeasible instead of returning rounding noise.
 */
export function outsideParameterRange(theta: Float64Array): boolean {
  for (let i = 0; i < theta.length; i++) if (!(theta[i] > -30 && theta[i] < 30)) return true;
  return false;
}
