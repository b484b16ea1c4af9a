import { RapportError } from '@rapport/shared-util';
import { bfgs } from './bfgs';
import { invertSymmetricPositiveDefinite } from './invert-symmetric-matrix';
import { nelderMead } from './nelder-mead';
import { numericHessian } from './numeric-derivatives';
import { type Objective } from './objective';
import { exp, isFiniteNumber, sqrt } from '../common/fast-math';

/** Where a fit ended up: log-parameters, their natural values and standard errors. */
export interface LikelihoodMaximum {
  readonly logParameters: Float64Array;
  readonly parameters: Float64Array;
  /** Standard errors of the natural parameters; null when the information matrix is singular. */
  readonly standardErrors: (number | null)[];
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly evaluations: { readonly nelderMead: number; readonly bfgsIterations: number };
}

export interface MaximiseOptions {
  readonly nelderMeadEvaluations?: number;
  /** See BfgsOptions.relativeGradientTolerance. Default 1e-9. */
  readonly relativeGradientTolerance?: number;
  /** A cheaper stand-in (e.g. on a subsample) for the derivative-free start. */
  readonly startObjective?: Objective;
  /** Customers in the full data per customer in `startObjective`'s (scales its Hessian). */
  readonly startObjectiveScale?: number;
}

/**
 * Maximum likelihood over log-parameters: Nelder-Mead from `start` to get near the optimum,
 * BFGS to finish, then standard errors from the observed information (numeric Hessian of −ℓ in
 * log space, mapped to the natural scale by the delta method: se(θ) = θ · se(ln θ)).
 * `negativeLogLikelihood` works in log-parameters.
 */
export function maximiseLikelihood(
  negativeLogLikelihood: Objective,
  start: Float64Array,
  modelName: string,
  options: MaximiseOptions = {},
): LikelihoodMaximum {
  const simplex = nelderMead(options.startObjective ?? negativeLogLikelihood, start, {
    // Only to reach the basin: BFGS is far cheaper than the simplex for the last digits.
    relativeValueTolerance: 1e-5,
    maxEvaluations: options.nelderMeadEvaluations ?? 400,
    initialStep: 0.5,
  });
  if (!isFiniteNumber(simplex.value)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${modelName}: the likelihood is not finite anywhere near the start; check the data`,
    );
  }
  // On large data, the subsample's curvature at the simplex point, scaled up, is a far better first
  // inverse Hessian than the identity: BFGS then takes Newton-like steps from the first iteration.
  let initialInverseHessian: Float64Array | undefined;
  if (options.startObjective) {
    const hessian = numericHessian(options.startObjective, simplex.theta).map(
      (h) => h * (options.startObjectiveScale ?? 1),
    );
    initialInverseHessian = invertSymmetricPositiveDefinite(hessian, start.length) ?? undefined;
  }
  const finish = bfgs(negativeLogLikelihood, simplex.theta, {
    relativeGradientTolerance: options.relativeGradientTolerance ?? 1e-9,
    maxIterations: 200,
    initialInverseHessian,
  });
  const n = start.length;
  const parameters = finish.theta.map(exp);
  if (!isFiniteNumber(finish.value) || parameters.some((p) => !isFiniteNumber(p) || p <= 0)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${modelName}: the fit diverged (parameters ran off to 0 or infinity); the data do not identify this model`,
    );
  }
  const covariance = invertSymmetricPositiveDefinite(numericHessian(negativeLogLikelihood, finish.theta), n);
  const standardErrors = Array.from(parameters, (p, i) => {
    const variance = covariance ? covariance[i * n + i] : NaN;
    return variance > 0 && isFiniteNumber(variance) ? p * sqrt(variance) : null;
  });
  return {
    logParameters: finish.theta,
    parameters,
    standardErrors,
    logLikelihood: -finish.value,
    converged: finish.converged,
    evaluations: { nelderMead: simplex.evaluations, bfgsIterations: finish.iterations },
  };
}
