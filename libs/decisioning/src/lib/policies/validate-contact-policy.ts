import { type FieldError } from '../rules/rule-expression';
import { type ContactPolicy, type OutboundCap } from './contact-policy';
import { TRACKED_OUTCOMES } from './tracked-outcome';

const positive = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Field-level problems of a contact policy (publish time). */
export function validateContactPolicy(policy: ContactPolicy): FieldError[] {
  const errors: FieldError[] = [];
  if (!policy.id) errors.push({ field: 'id', message: 'id is required' });
  if (!Number.isInteger(policy.count) || policy.count < 1) errors.push({ field: 'count', message: 'count must be an integer ≥ 1' });
  if (!positive(policy.windowDays)) errors.push({ field: 'windowDays', message: 'windowDays must be > 0' });
  if (!positive(policy.pauseDays)) errors.push({ field: 'pauseDays', message: 'pauseDays must be > 0' });
  if (!Array.isArray(policy.outcomes) || policy.outcomes.length === 0) errors.push({ field: 'outcomes', message: 'at least one outcome is required' });
  else
    policy.outcomes.forEach((o, i) => {
      if (!TRACKED_OUTCOMES.includes(o)) errors.push({ field: `outcomes.${i}`, message: `unknown outcome "${o}"` });
    });
  if (!['offer', 'group', 'issue', 'customer'].includes(policy.countBy)) errors.push({ field: 'countBy', message: 'countBy must be offer, group, issue or customer' });
  if (policy.channel !== 'any' && policy.channel !== 'same') errors.push({ field: 'channel', message: 'channel must be any or same' });
  return errors;
}

/** Field-level problems of an outbound cap. */
export function validateOutboundCap(cap: OutboundCap): FieldError[] {
  const errors: FieldError[] = [];
  if (!cap.id) errors.push({ field: 'id', message: 'id is required' });
  if (!cap.channel) errors.push({ field: 'channel', message: 'channel is required (or "any")' });
  if (!Number.isInteger(cap.max) || cap.max < 0) errors.push({ field: 'max', message: 'max must be an integer ≥ 0' });
  if (!positive(cap.periodDays)) errors.push({ field: 'periodDays', message: 'periodDays must be > 0' });
  if (cap.purpose !== undefined && !['marketing', 'service', 'any'].includes(cap.purpose)) errors.push({ field: 'purpose', message: 'purpose must be marketing, service or any' });
  return errors;
}
