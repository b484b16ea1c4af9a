/**
 * Weights of the CLV-aware value (see computeOfferValue and the README's "Value" section).
 * `clvWeight` 0 turns the adjustment off (V = margin); 1 is the documented default.
 */
export interface ValueConfig {
  clvWeight: number;
  /** Share of the at-risk CLV an accepted retention action is assumed to save. */
  retentionSaveRate: number;
  /** Share of the at-risk CLV an accepted service action is assumed to save. */
  serviceSaveRate: number;
  /** How much of a sale's margin churn risk takes away (1 = a certain churner's sale counts 0). */
  salesRiskDiscount: number;
  /** Share of the living CLV an accepted education action is assumed to add. */
  educationGrowthRate: number;
}

export const DEFAULT_VALUE_CONFIG: Readonly<ValueConfig> = {
  clvWeight: 1,
  retentionSaveRate: 0.1,
  serviceSaveRate: 0.05,
  salesRiskDiscount: 0.5,
  educationGrowthRate: 0.01,
};
