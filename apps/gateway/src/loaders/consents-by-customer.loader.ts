import DataLoader from 'dataloader';
import { type ConsentEntity, findConsentsByCustomerIds } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export function createConsentsByCustomerLoader(manager: EntityManager) {
  return new DataLoader<string, ConsentEntity[]>(async (customerIds) => {
    const groups = groupBy(await findConsentsByCustomerIds(manager, customerIds), (c) => c.customerId);
    return customerIds.map((id) => groups.get(id) ?? []);
  });
}
