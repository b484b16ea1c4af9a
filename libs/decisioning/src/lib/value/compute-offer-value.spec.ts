import { churnRisk, computeOfferValue } from './compute-offer-value';
import { DEFAULT_VALUE_CONFIG } from './value-config';

const atRiskVip = { clv: 5000, pAlive: 0.3, pAlivePrevious: 0.8 };
const loyal = { clv: 5000, pAlive: 0.95 };

describe('computeOfferValue', () => {
  it('puts retention and service above a sale for a valuable customer slipping away', () => {
    const sale = computeOfferValue('sales', 150, atRiskVip, DEFAULT_VALUE_CONFIG);
    const save = computeOfferValue('retention', 20, atRiskVip, DEFAULT_VALUE_CONFIG);
    const help = computeOfferValue('service', 5, atRiskVip, DEFAULT_VALUE_CONFIG);
    expect(churnRisk(atRiskVip)).toBe(1);
    expect(sale).toBeCloseTo(75);
    expect(save).toBeCloseTo(20 + 0.1 * 5000);
    expect(help).toBeCloseTo(5 + 0.05 * 5000);
    expect(save).toBeGreaterThan(sale);
    expect(help).toBeGreaterThan(sale);
  });

  it('leaves a sale to a loyal customer almost whole', () => {
    expect(computeOfferValue('sales', 150, loyal, DEFAULT_VALUE_CONFIG)).toBeCloseTo(150 * (1 - 0.5 * 0.05));
  });

  it('is the plain margin without CLV figures or with weight 0', () => {
    expect(computeOfferValue('retention', 20, {}, DEFAULT_VALUE_CONFIG)).toBe(20);
    expect(computeOfferValue('retention', 20, atRiskVip, { ...DEFAULT_VALUE_CONFIG, clvWeight: 0 })).toBe(20);
  });
});
