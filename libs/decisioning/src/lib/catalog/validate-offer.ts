import { RapportError } from '@rapport/shared-util';
import { type FieldError } from '../rules/rule-expression';
import { validateRule } from '../rules/validate-rule';
import { OFFER_KINDS, OFFER_MODES, RULE_FAMILIES, type OfferDefinition, type OfferGroupDefinition } from './offer';
import { toEpochMs } from '../time';

/**
 * Checks an offer before it is published: required fields, a treatment for every channel, a
 * sane value and lever, an ordered validity window and well-formed rules. Returns every problem
 * with its field so the catalog UI can show them beside the inputs.
 */
export function validateOffer(offer: Partial<OfferDefinition>): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: keyof OfferDefinition, ok: boolean, message: string): void => {
    if (!ok) errors.push({ field, message });
  };
  need('code', typeof offer.code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(offer.code), 'code must be 1-64 letters, digits, _ . or -');
  need('name', typeof offer.name === 'string' && offer.name.trim().length > 0, 'name is required');
  need('kind', OFFER_KINDS.includes(offer.kind as never), `kind must be one of ${OFFER_KINDS.join(', ')}`);
  need('issue', typeof offer.issue === 'string' && offer.issue.trim().length > 0, 'issue is required');
  need('groupName', typeof offer.groupName === 'string' && offer.groupName.trim().length > 0, 'group is required');
  need('mode', offer.mode === undefined || OFFER_MODES.includes(offer.mode), `mode must be one of ${OFFER_MODES.join(', ')}`);
  need('value', typeof offer.value === 'number' && Number.isFinite(offer.value) && offer.value >= 0, 'value must be a number ≥ 0');
  need('lever', typeof offer.lever === 'number' && Number.isFinite(offer.lever) && offer.lever > 0, 'lever must be a number > 0');
  const channels = offer.channels;
  if (!Array.isArray(channels) || channels.length === 0) {
    errors.push({ field: 'channels', message: 'at least one channel is required' });
  } else {
    for (const channel of channels) {
      const text = offer.treatments?.[channel];
      if (typeof text !== 'string' || text.trim().length === 0) {
        errors.push({ field: `treatments.${channel}`, message: `a treatment is required for channel "${channel}"` });
      }
    }
  }
  const from = offer.validFrom == null ? null : toEpochMs(offer.validFrom);
  const to = offer.validTo == null ? null : toEpochMs(offer.validTo);
  if (from !== null && Number.isNaN(from)) errors.push({ field: 'validFrom', message: 'validFrom is not a valid date' });
  if (to !== null && Number.isNaN(to)) errors.push({ field: 'validTo', message: 'validTo is not a valid date' });
  if (from !== null && to !== null && !(from < to)) errors.push({ field: 'validTo', message: 'validTo must be after validFrom' });
  for (const family of RULE_FAMILIES) errors.push(...validateRule(offer[family], family));
  return errors;
}

/** Validates the rules a group passes on to its offers. */
export function validateOfferGroup(group: OfferGroupDefinition): FieldError[] {
  const errors: FieldError[] = [];
  if (!group.issue?.trim()) errors.push({ field: 'issue', message: 'issue is required' });
  if (!group.groupName?.trim()) errors.push({ field: 'groupName', message: 'group is required' });
  for (const family of RULE_FAMILIES) errors.push(...validateRule(group[family], family));
  return errors;
}

/** Throws a RapportError (BAD_USER_INPUT, with the first field) when the offer is not publishable. */
export function assertPublishableOffer(offer: Partial<OfferDefinition>): void {
  const errors = validateOffer(offer);
  if (errors.length > 0) {
    throw new RapportError('BAD_USER_INPUT', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors[0].field);
  }
}
