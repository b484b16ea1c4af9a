import { computeOfferValue } from './compute-offer-value';
import { type CustomerValueFigures } from './customer-value';
import { type ValueConfig } from './value-config';

/** V for one customer as a linear function of the margin, per kind. */
export interface ValueShape {
  salesFactor: number;
  retentionBonus: number;
  serviceBonus: number;
  educationBonus: number;
}

/**
 * computeOfferValue is linear in the margin for each kind (sales: margin × factor; the others:
 * margin + bonus), so the CLV part is computed once per decision, not once per offer.
 */
export function valueShapeFor(customer: CustomerValueFigures, config: ValueConfig): ValueShape {
  return {
    salesFactor: computeOfferValue('sales', 1, customer, config),
    retentionBonus: computeOfferValue('retention', 0, customer, config),
    serviceBonus: computeOfferValue('service', 0, customer, config),
    educationBonus: computeOfferValue('education', 0, customer, config),
  };
}
