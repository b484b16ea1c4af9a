import { MAX_PAGE_SIZE } from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';

/**
 * `first` must be 0..100. Checked here rather than by class-validator on ConnectionArgs: connection
 * fields resolve many times per request, and running the validator for each cost more than the
 * SQL (profiled with the customer-360 benchmark).
 */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new RapportError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return first;
}
