import { RapportError } from '@rapport/shared-util';
import { type CompressedRfm } from '../rfm/compress-rfm';

/**
 * The pooled repeat-purchase rate Σx / ΣT, which sets the starting α (and β) so that the
 * optimiser starts on the data's time scale whether it is in days or weeks.
 * @throws RapportError when nobody has a repeat purchase (the purchase models are not identified).
 */
export function purchaseRateStart(data: CompressedRfm, modelName: string): { rate: number } {
  let purchases = 0;
  let exposure = 0;
  for (let i = 0; i < data.tripleCount; i++) {
    purchases += data.weight[i] * data.frequency[i];
    exposure += data.weight[i] * data.T[i];
  }
  if (!(purchases > 0)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `${modelName}: no customer has a repeat purchase, so the model cannot be fitted`,
      'frequency',
    );
  }
  if (!(exposure > 0)) throw new RapportError('BAD_USER_INPUT', `${modelName}: every T is 0; nothing to fit`, 'T');
  return { rate: purchases / exposure };
}
