import DataLoader from 'dataloader';
import { findOffersByIds, type OfferEntity } from '@rapport/data-access';
import { type EntityManager } from 'typeorm';

export function createOfferByIdLoader(manager: EntityManager) {
  return new DataLoader<string, OfferEntity | null>(async (ids) => {
    const byId = new Map((await findOffersByIds(manager, ids)).map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
