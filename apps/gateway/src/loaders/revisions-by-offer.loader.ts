import DataLoader from 'dataloader';
import { findRevisionsByOfferIds, type OfferRevisionEntity } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';
import { groupBy } from './group-by';

export function createRevisionsByOfferLoader(manager: EntityManager) {
  return new DataLoader<string, OfferRevisionEntity[]>(async (offerIds) => {
    const groups = groupBy(await findRevisionsByOfferIds(manager, offerIds), (r) => r.offerId);
    return offerIds.map((id) => groups.get(id) ?? []);
  });
}
