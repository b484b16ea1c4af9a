import { type OfferEntity } from '@rapport/data-access';
import { RapportError } from '@rapport/shared-util';
import { validateRule } from '@rapport/decisioning';

/**
 * What an offer must satisfy to be (or stay) active: valid rules, at least one channel, a
 * treatment for every channel and none for others, and a validity window that is not over.
 * Throws BAD_USER_INPUT naming the first offending field.
 */
export function assertPublishable(offer: OfferEntity, now: Date): void {
  for (const field of ['eligibility', 'applicability', 'suitability'] as const) {
    const [error] = validateRule(offer[field], field);
    if (error) throw new RapportError('BAD_USER_INPUT', error.message, error.field);
  }
  if (offer.channels.length === 0)
    throw new RapportError('BAD_USER_INPUT', 'an active offer needs at least one channel', 'channels');
  for (const channel of offer.channels) {
    if (!offer.treatments[channel]?.trim()) {
      throw new RapportError('BAD_USER_INPUT', `channel ${channel} has no treatment text`, `treatments.${channel}`);
    }
  }
  for (const channel of Object.keys(offer.treatments)) {
    if (!offer.channels.includes(channel)) {
      throw new RapportError(
        'BAD_USER_INPUT',
        `treatment for ${channel}, which is not one of the offer's channels`,
        `treatments.${channel}`,
      );
    }
  }
  if (offer.validFrom && offer.validTo && offer.validFrom.getTime() >= offer.validTo.getTime()) {
    throw new RapportError('BAD_USER_INPUT', 'validFrom must be before validTo', 'validTo');
  }
  if (offer.validTo && offer.validTo.getTime() <= now.getTime()) {
    throw new RapportError('BAD_USER_INPUT', 'the validity window is already over', 'validTo');
  }
}
