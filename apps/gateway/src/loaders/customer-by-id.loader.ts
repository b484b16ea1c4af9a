import DataLoader from 'dataloader';
import { type CustomerEntity, findCustomersByIds } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';

export function createCustomerByIdLoader(manager: EntityManager) {
  return new DataLoader<string, CustomerEntity | null>(async (ids) => {
    const byId = new Map((await findCustomersByIds(manager, ids)).map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
