import { readCdnowSampleTransactions } from '../../../fixtures/cdnow-fixtures';
import { fitBgNbd } from '../bg-nbd/bg-nbd.fit';
import { fitParetoNbd } from '../pareto-nbd/pareto-nbd.fit';
import { summariseTransactions } from '../rfm/summarise-transactions';
import { compareHoldout } from './holdout-comparison';
import { purchaseModelOf } from './purchase-model';

describe('calibration/holdout on CDNOW_sample.txt (calibration to 1997-09-30, holdout to 1998-06-30)', () => {
  const { calibration, holdout } = summariseTransactions(readCdnowSampleTransactions(), {
    calibrationEnd: '1997-09-30',
    observationEnd: '1998-06-30',
    unit: 'weeks',
  });
  if (!holdout) throw new Error('expected a holdout');

  it('BG/NBD beats the naive "calibration rate × holdout length" baseline', () => {
    const comparison = compareHoldout(purchaseModelOf(fitBgNbd(calibration, { unit: 'weeks' })), calibration, holdout);
    console.log('BG/NBD holdout', JSON.stringify(comparison));
    expect(comparison.modelMae).toBeLessThan(comparison.baselineMae);
    // 1,882 repeat purchase days in weeks 40-78; the model predicts about 1,653 (the naive baseline 2,930).
    expect(comparison.actualTotal).toBe(1882);
    expect(Math.abs(comparison.predictedTotal / comparison.actualTotal - 1)).toBeLessThan(0.15);
    expect(Math.abs(comparison.predictedTotal - comparison.actualTotal)).toBeLessThan(
      Math.abs(comparison.baselineTotal - comparison.actualTotal),
    );
  });

  it('Pareto/NBD beats it too', () => {
    const comparison = compareHoldout(
      purchaseModelOf(fitParetoNbd(calibration, { unit: 'weeks' })),
      calibration,
      holdout,
    );
    console.log('Pareto/NBD holdout', JSON.stringify(comparison));
    expect(comparison.modelMae).toBeLessThan(comparison.baselineMae);
  });
});
