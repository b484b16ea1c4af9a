import {
  compareHoldout,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  type HoldoutActuals,
  type ModelFit,
  purchaseModelOf,
  type RfmSummary,
  summariseTransactions,
  type TimeUnit,
} from '@rapport/clv';
import { RapportError } from '@rapport/shared-util';
import { readSummaryCsv } from './read-summary-csv';
import { readTransactionsCsv } from './read-transactions-csv';

/** Which models `rapport clv fit` fits. */
export type ClvFitModelChoice = 'bgnbd' | 'pareto' | 'gg' | 'all';

/** Options of `rapport clv fit`, as parsed from the command line. */
export interface ClvFitOptions {
  readonly summary?: string;
  readonly transactions?: string;
  readonly calibrationEnd?: string;
  readonly observationEnd?: string;
  readonly unit?: string;
  readonly model?: string;
}

/** One model's entry in the JSON output. */
export interface ModelReport {
  readonly parameters: Record<string, number>;
  readonly standardErrors: Record<string, number | null>;
  readonly logLikelihood: number;
  readonly fitMs: number;
  readonly unit: TimeUnit;
  readonly customers: number;
  readonly uniqueRows: number;
  readonly converged: boolean;
}

/** One purchase model's holdout result. */
export interface HoldoutReport {
  readonly mae: number;
  readonly baselineMae: number;
  readonly predictedTotal: number;
  readonly actualTotal: number;
  readonly baselineTotal: number;
}

/** The JSON `rapport clv fit --json` prints. */
export interface ClvFitReport {
  readonly input: {
    readonly kind: 'summary' | 'transactions';
    readonly file: string;
    readonly calibrationEnd?: string;
    readonly observationEnd?: string;
  };
  readonly unit: TimeUnit;
  readonly customers: number;
  readonly models: { bgnbd?: ModelReport; pareto?: ModelReport; gg?: ModelReport };
  /** Models not fitted, with the reason (e.g. gg without a monetary column under --model all). */
  readonly skipped: Record<string, string>;
  readonly holdout?: {
    readonly durationUnits: number;
    readonly customers: number;
    bgnbd?: HoldoutReport;
    pareto?: HoldoutReport;
  };
}

const MODEL_CHOICES: readonly ClvFitModelChoice[] = ['bgnbd', 'pareto', 'gg', 'all'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `rapport clv fit`: reads a summary or transactions CSV, fits the chosen models and, with an
 * observation end, compares each purchase model's holdout predictions with the actuals.
 * @throws RapportError BAD_USER_INPUT for bad flags or input (naming the line and field).
 */
export function runClvFit(options: ClvFitOptions): ClvFitReport {
  const choice = (options.model ?? 'all') as ClvFitModelChoice;
  if (!MODEL_CHOICES.includes(choice)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `--model must be one of ${MODEL_CHOICES.join(', ')}, got "${options.model}"`,
      'model',
    );
  }
  const unit = (options.unit ?? (options.summary ? undefined : 'days')) as TimeUnit | undefined;
  if (unit !== undefined && unit !== 'days' && unit !== 'weeks') {
    throw new RapportError('BAD_USER_INPUT', `--unit must be days or weeks, got "${options.unit}"`, 'unit');
  }
  if (Boolean(options.summary) === Boolean(options.transactions)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      'give exactly one of --summary FILE.csv or --transactions FILE.csv',
      'summary',
    );
  }

  let summary: RfmSummary;
  let hasMonetaryValue = true;
  let holdout: HoldoutActuals | undefined;
  let input: ClvFitReport['input'];
  const reportUnit: TimeUnit = unit ?? 'days';
  if (options.summary) {
    if (options.calibrationEnd || options.observationEnd) {
      throw new RapportError(
        'BAD_USER_INPUT',
        '--calibration-end and --observation-end go with --transactions, not --summary',
        'calibrationEnd',
      );
    }
    ({ summary, hasMonetaryValue } = readSummaryCsv(options.summary));
    input = { kind: 'summary', file: options.summary };
  } else {
    const file = options.transactions as string;
    if (!options.calibrationEnd)
      throw new RapportError('BAD_USER_INPUT', '--transactions needs --calibration-end YYYY-MM-DD', 'calibrationEnd');
    for (const [flag, value] of [
      ['--calibration-end', options.calibrationEnd],
      ['--observation-end', options.observationEnd],
    ] as const) {
      if (value !== undefined && !ISO_DAY.test(value)) {
        throw new RapportError('BAD_USER_INPUT', `${flag} must be a date YYYY-MM-DD, got "${value}"`, flag.slice(2));
      }
    }
    const split = summariseTransactions(readTransactionsCsv(file), {
      calibrationEnd: options.calibrationEnd,
      observationEnd: options.observationEnd,
      unit: reportUnit,
    });
    summary = split.calibration;
    holdout = split.holdout;
    input = {
      kind: 'transactions',
      file,
      calibrationEnd: options.calibrationEnd,
      observationEnd: options.observationEnd,
    };
  }

  const wants = (model: Exclude<ClvFitModelChoice, 'all'>): boolean => choice === 'all' || choice === model;
  const models: ClvFitReport['models'] = {};
  const skipped: Record<string, string> = {};
  const holdoutReport: NonNullable<ClvFitReport['holdout']> | undefined = holdout
    ? { durationUnits: holdout.duration, customers: summary.frequency.length }
    : undefined;
  const fitOptions = { unit: reportUnit };
  for (const model of ['bgnbd', 'pareto'] as const) {
    if (!wants(model)) continue;
    const fit = model === 'bgnbd' ? fitBgNbd(summary, fitOptions) : fitParetoNbd(summary, fitOptions);
    models[model] = modelReport(fit, reportUnit);
    if (holdout && holdoutReport) {
      const comparison = compareHoldout(purchaseModelOf(fit), summary, holdout);
      holdoutReport[model] = {
        mae: comparison.modelMae,
        baselineMae: comparison.baselineMae,
        predictedTotal: comparison.predictedTotal,
        actualTotal: comparison.actualTotal,
        baselineTotal: comparison.baselineTotal,
      };
    }
  }
  if (wants('gg')) {
    if (!hasMonetaryValue) {
      if (choice === 'gg') {
        throw new RapportError(
          'BAD_USER_INPUT',
          `${options.summary}: --model gg needs a monetary_value column`,
          'monetary_value',
        );
      }
      skipped.gg = 'the summary has no monetary_value column';
    } else {
      models.gg = modelReport(fitGammaGamma(summary, fitOptions), reportUnit);
    }
  }
  const report: ClvFitReport = {
    input,
    unit: reportUnit,
    customers: summary.frequency.length,
    models,
    skipped,
    holdout: holdoutReport,
  };
  assertNoNonFiniteNumbers(report, 'report');
  return report;
}

function modelReport(fit: ModelFit<object>, unit: TimeUnit): ModelReport {
  return {
    parameters: fit.parameters as Record<string, number>,
    standardErrors: fit.standardErrors as Record<string, number | null>,
    logLikelihood: fit.logLikelihood,
    fitMs: Math.round(fit.fitMs * 1000) / 1000,
    unit,
    customers: fit.customers,
    uniqueRows: fit.uniqueRows,
    converged: fit.converged,
  };
}

/** The output promise: a NaN or Infinity anywhere is a bug, reported as such rather than printed. */
function assertNoNonFiniteNumbers(value: unknown, path: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RapportError(
      'INTERNAL',
      `clv fit produced a non-finite number at ${path}; please report this with the input`,
    );
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) assertNoNonFiniteNumbers(child, `${path}.${key}`);
  }
}
