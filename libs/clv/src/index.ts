/**
 * @rapport/clv: customer-lifetime-value models in pure TypeScript (no I/O; runs in Node and browsers).
 *
 * Summaries: {@link summariseTransactions} (transactions → RFM, calibration/holdout).
 * Models, fitted by maximum likelihood: {@link fitBgNbd}, {@link fitParetoNbd}, {@link fitGammaGamma}.
 * Predictions: P(alive), expected purchases, P(n purchases), expected spend, discounted CLV,
 * frequency × recency matrices; {@link scoreCustomers} does all of them plus segments at once.
 * Conventions and segment rules: libs/clv/README.md.
 */
export {
  type TimeUnit,
  type RfmSummary,
  type RfmRow,
  DAYS_PER_UNIT,
  rfmSummaryFromRows,
  customerCount,
} from './lib/rfm/rfm-summary';
export { type Transaction } from './lib/rfm/transaction';
export {
  summariseTransactions,
  type SummaryOptions,
  type CalibrationHoldout,
  type HoldoutActuals,
} from './lib/rfm/summarise-transactions';
export { parseCalendarDay } from './lib/rfm/calendar-day';
export { validateRfmSummary } from './lib/rfm/validate-rfm-summary';
export { compressRfm, type CompressedRfm } from './lib/rfm/compress-rfm';

export { type ModelFit, type FitOptions, type ClvModelName } from './lib/common/model-fit';
export { type BgNbdParameters } from './lib/bg-nbd/bg-nbd.parameters';
export { fitBgNbd, type BgNbdFit } from './lib/bg-nbd/bg-nbd.fit';
export {
  bgNbdProbabilityAlive,
  bgNbdExpectedPurchases,
  bgNbdExpectedPurchasesNewCustomer,
  bgNbdPurchaseCountProbability,
} from './lib/bg-nbd/bg-nbd.predict';
export { type ParetoNbdParameters } from './lib/pareto-nbd/pareto-nbd.parameters';
export { fitParetoNbd, type ParetoNbdFit } from './lib/pareto-nbd/pareto-nbd.fit';
export {
  paretoNbdProbabilityAlive,
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesNewCustomer,
} from './lib/pareto-nbd/pareto-nbd.predict';
export { type GammaGammaParameters } from './lib/gamma-gamma/gamma-gamma.parameters';
export { fitGammaGamma, type GammaGammaFit } from './lib/gamma-gamma/gamma-gamma.fit';
export { gammaGammaExpectedSpend, gammaGammaPopulationMeanSpend } from './lib/gamma-gamma/gamma-gamma.predict';

export { type PurchaseModel, purchaseModelOf } from './lib/value/purchase-model';
export {
  discountedExpectedPurchases,
  customerLifetimeValue,
  type ClvHorizon,
  DAYS_PER_MONTH,
} from './lib/value/discounted-purchases';
export {
  frequencyRecencyMatrices,
  type FrequencyRecencyMatrices,
  type MatrixOptions,
} from './lib/value/frequency-recency-matrix';
export { compareHoldout, type HoldoutComparison } from './lib/value/holdout-comparison';

export {
  VALUE_SEGMENTS,
  type ValueSegment,
  type ValueSegmentRules,
  DEFAULT_SEGMENT_RULES,
} from './lib/segments/value-segment';
export { assignValueSegments, type SegmentInputs } from './lib/segments/assign-value-segments';
export { scoreCustomers, type ScoringOptions, type CustomerScores } from './lib/scoring/score-customers';

export { simulateBgNbdSummary, type BgNbdSimulationOptions } from './lib/simulation/simulate-bg-nbd';
export { hypergeometric2F1 } from './lib/special/hypergeometric-2f1';
export { logGamma } from './lib/special/log-gamma';
export { digamma } from './lib/special/digamma';
