import { type TimeUnit } from '../rfm/rfm-summary';

/** Which model a fit belongs to. */
export type ClvModelName = 'bgnbd' | 'pareto' | 'gg';

/** A fitted model: parameters, their standard errors, the maximised log-likelihood and diagnostics. */
export interface ModelFit<P extends object> {
  readonly model: ClvModelName;
  readonly parameters: P;
  /** From the observed information; null where the information matrix was singular. */
  readonly standardErrors: { readonly [K in keyof P]: number | null };
  /** Total log-likelihood over all customers used in the fit. */
  readonly logLikelihood: number;
  /** Customers the fit used (Gamma-Gamma: returning customers only). */
  readonly customers: number;
  /** Unique rows the likelihood was evaluated on ((x, t_x, T) triples for the purchase models). */
  readonly uniqueRows: number;
  readonly converged: boolean;
  /** Nelder-Mead function evaluations and BFGS iterations the fit took. */
  readonly evaluations: { readonly nelderMead: number; readonly bfgsIterations: number };
  readonly fitMs: number;
  /** Time unit of the data (the rate parameters α, β are per this unit). */
  readonly unit?: TimeUnit;
}

/** Options every fit accepts. */
export interface FitOptions {
  readonly unit?: TimeUnit;
  /** Start values (natural scale); defaults come from the data's moments. */
  readonly start?: readonly number[];
}
