import { type PurchaseModel } from './purchase-model';

/** The frequency × recency grids people plot; row = frequency x, column = recency t_x. */
export interface FrequencyRecencyMatrices {
  readonly frequencies: number[];
  readonly recencies: number[];
  /** expectedPurchases[x][j]: expected purchases in the next `horizon` for (x, recencies[j], T). */
  readonly expectedPurchases: number[][];
  /** probabilityAlive[x][j]. */
  readonly probabilityAlive: number[][];
}

/** Options of {@link frequencyRecencyMatrices}. */
export interface MatrixOptions {
  /** T of the hypothetical customers (default: the largest recency). */
  readonly T: number;
  /** Largest frequency shown (rows 0..maxFrequency). */
  readonly maxFrequency: number;
  /** Number of recency columns, evenly from 0 to T. Default T + 1 rounded (one per unit). */
  readonly recencySteps?: number;
  /** Horizon of the expected purchases. Default 1 unit. */
  readonly horizon?: number;
}

/**
 * Expected purchases and P(alive) over a grid of (frequency, recency) at a fixed T, as lifetimes'
 * plot_frequency_recency_matrix and plot_probability_alive_matrix. Cells with x = 0 and t_x > 0
 * are impossible; they get the x = 0 value (t_x is ignored there by both models).
 */
export function frequencyRecencyMatrices(model: PurchaseModel, options: MatrixOptions): FrequencyRecencyMatrices {
  const steps = Math.max(2, options.recencySteps ?? Math.round(options.T) + 1);
  const horizon = options.horizon ?? 1;
  const frequencies = Array.from({ length: options.maxFrequency + 1 }, (_, x) => x);
  const recencies = Array.from({ length: steps }, (_, j) => (options.T * j) / (steps - 1));
  const expectedPurchases = frequencies.map((x) =>
    recencies.map((tx) => model.expectedPurchases(horizon, x, x === 0 ? 0 : tx, options.T)),
  );
  const probabilityAlive = frequencies.map((x) =>
    recencies.map((tx) => model.probabilityAlive(x, x === 0 ? 0 : tx, options.T)),
  );
  return { frequencies, recencies, expectedPurchases, probabilityAlive };
}
