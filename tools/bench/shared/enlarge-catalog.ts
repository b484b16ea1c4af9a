import { bulkInsert, OfferEntity } from '@rapport/data-access';
import { uuidV7 } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';

/**
 * Grows the active catalog to `target` offers with variants of the seeded ones (same rules and
 * channels, other codes and values), as a bank's real catalog of hundreds of offers would be.
 * Shared by the gateway and refresh benchmarks, so both decide over alike offers.
 */
export async function enlargeCatalog(dataSource: DataSource, target: number): Promise<number> {
  const active = await dataSource.manager.find(OfferEntity, { where: { status: 'active' }, order: { code: 'ASC' } });
  const copies: OfferEntity[] = [];
  for (let i = 0; active.length + copies.length < target; i++) {
    const base = active[i % active.length];
    copies.push({
      ...base,
      id: uuidV7(),
      code: `${base.code}-V${i}`,
      value: Math.round(base.value * (0.6 + ((i * 37) % 80) / 100)),
    });
  }
  if (copies.length > 0) await bulkInsert(dataSource.manager, OfferEntity, copies);
  return active.length + copies.length;
}
