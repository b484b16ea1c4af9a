import { type BgNbdFit } from '../bg-nbd/bg-nbd.fit';
import { type BgNbdParameters } from '../bg-nbd/bg-nbd.parameters';
import { bgNbdExpectedPurchases, bgNbdExpectedPurchasesIfAlive, bgNbdProbabilityAlive } from '../bg-nbd/bg-nbd.predict';
import { type ParetoNbdFit } from '../pareto-nbd/pareto-nbd.fit';
import { type ParetoNbdParameters } from '../pareto-nbd/pareto-nbd.parameters';
import {
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesIfAlive,
  paretoNbdProbabilityAlive,
} from '../pareto-nbd/pareto-nbd.predict';

/** What CLV, matrices and scoring need from a purchase model, whichever one was fitted. */
export interface PurchaseModel {
  readonly name: 'bgnbd' | 'pareto';
  probabilityAlive(x: number, tx: number, T: number): number;
  /** Expected purchases in the next t periods. */
  expectedPurchases(t: number, x: number, tx: number, T: number): number;
  /**
   * Expected purchases in the next t periods if alive at T. Both models factor as
   * expectedPurchases = probabilityAlive × expectedPurchasesIfAlive, and this factor does not
   * depend on t_x, so scoring evaluates it once per (x, T) pair instead of once per customer.
   */
  expectedPurchasesIfAlive(t: number, x: number, T: number): number;
}

/** A purchase model from a fit, or from parameters tagged with the model name. */
export function purchaseModelOf(
  fit:
    | BgNbdFit
    | ParetoNbdFit
    | { model: 'bgnbd'; parameters: BgNbdParameters }
    | { model: 'pareto'; parameters: ParetoNbdParameters },
): PurchaseModel {
  if (fit.model === 'bgnbd') {
    const parameters = fit.parameters as BgNbdParameters;
    return {
      name: 'bgnbd',
      probabilityAlive: (x, tx, T) => bgNbdProbabilityAlive(parameters, x, tx, T),
      expectedPurchases: (t, x, tx, T) => bgNbdExpectedPurchases(parameters, t, x, tx, T),
      expectedPurchasesIfAlive: (t, x, T) => bgNbdExpectedPurchasesIfAlive(parameters, t, x, T),
    };
  }
  const parameters = fit.parameters as ParetoNbdParameters;
  return {
    name: 'pareto',
    probabilityAlive: (x, tx, T) => paretoNbdProbabilityAlive(parameters, x, tx, T),
    expectedPurchases: (t, x, tx, T) => paretoNbdExpectedPurchases(parameters, t, x, tx, T),
    expectedPurchasesIfAlive: (t, x, T) => paretoNbdExpectedPurchasesIfAlive(parameters, t, x, T),
  };
}
