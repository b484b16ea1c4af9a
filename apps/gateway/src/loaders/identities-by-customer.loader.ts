import DataLoader from 'dataloader';
import { findIdentitiesByCustomerIds, type IdentityEntity } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export function createIdentitiesByCustomerLoader(manager: EntityManager) {
  return new DataLoader<string, IdentityEntity[]>(async (customerIds) => {
    const groups = groupBy(await findIdentitiesByCustomerIds(manager, customerIds), (i) => i.customerId);
    return customerIds.map((id) => groups.get(id) ?? []);
  });
}
