import { type OfferKind } from '../catalog/offer';
import { type CustomerValueFigures } from './customer-value';
import { type ValueConfig } from './value-config';

/**
 * Churn risk in [0, 1]: 1 − P(alive), plus the fall in P(alive) since the previous CLV run (a
 * customer slipping from 0.9 to 0.6 is more urgent than one steady at 0.6).
 */
export function churnRisk(figures: CustomerValueFigures): number | null {
  if (figures.pAlive == null) return null;
  const fall = figures.pAlivePrevious == null ? 0 : Math.max(0, figures.pAlivePrevious - figures.pAlive);
  return Math.min(1, Math.max(0, 1 - figures.pAlive + fall));
}

/**
 * V, the value of an accepted action, from its margin and the customer's CLV (w = clvWeight,
 * risk = churnRisk):
 *
 *   retention:  V = margin + w · retentionSaveRate · CLV · risk
 *   service:    V = margin + w · serviceSaveRate   · CLV · risk
 *   sales:      V = margin · max(0, 1 − w · salesRiskDiscount · risk)
 *   education:  V = margin + w · educationGrowthRate · CLV · (1 − risk)
 *
 * So help for a valuable customer who is slipping away is worth more than one more sale, and a
 * sale to a likely churner counts for less. Without CLV figures V = margin.
 */
export function computeOfferValue(kind: OfferKind, margin: number, figures: CustomerValueFigures, config: ValueConfig): number {
  const w = config.clvWeight;
  const risk = churnRisk(figures);
  if (w === 0 || risk === null) return margin;
  const clv = Math.max(0, figures.clv ?? 0);
  switch (kind) {
    case 'retention':
      return margin + w * config.retentionSaveRate * clv * risk;
    case 'service':
      return margin + w * config.serviceSaveRate * clv * risk;
    case 'sales':
      return margin * Math.max(0, 1 - w * config.salesRiskDiscount * risk);
    default:
      return margin + w * config.educationGrowthRate * clv * (1 - risk);
  }
}
