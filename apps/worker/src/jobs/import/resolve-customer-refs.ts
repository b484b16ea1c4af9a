import { CustomerEntity, IdentityEntity } from '@rapport/data-access';
import { In, type EntityManager } from 'typeorm';

/** How an input row names its customer: a Rapport customer id, or a source record key. */
export type CustomerRef = { customerId: string } | { source: string; sourceId: string };

export function customerRefOf(record: Record<string, string>): CustomerRef | null {
  if (record['customer_id']) return { customerId: record['customer_id'] };
  if (record['source'] && record['source_id']) return { source: record['source'], sourceId: record['source_id'] };
  return null;
}

const refKey = (ref: CustomerRef) =>
  'customerId' in ref ? `id:${ref.customerId}` : `src:${ref.source}\u0000${ref.sourceId}`;

/**
 * Resolves a batch of references to customer ids with two set queries (customers by id,
 * identities by (source, source key)); unknown references map to nothing.
 */
export async function resolveCustomerRefs(manager: EntityManager, refs: CustomerRef[]): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  const ids = [...new Set(refs.filter((r): r is { customerId: string } => 'customerId' in r).map((r) => r.customerId))];
  if (ids.length > 0) {
    const found = await manager.find(CustomerEntity, { select: { id: true }, where: { id: In(ids) } });
    for (const c of found) resolved.set(refKey({ customerId: c.id }), c.id);
  }
  const keys = refs.filter((r): r is { source: string; sourceId: string } => 'source' in r);
  if (keys.length > 0) {
    const found = await manager.find(IdentityEntity, {
      select: { source: true, sourceKey: true, customerId: true },
      where: { sourceKey: In([...new Set(keys.map((k) => k.sourceId))]) },
    });
    for (const identity of found)
      resolved.set(refKey({ source: identity.source, sourceId: identity.sourceKey }), identity.customerId);
  }
  return new Map(
    refs
      .map((ref) => [refKey(ref), resolved.get(refKey(ref))])
      .filter((e): e is [string, string] => e[1] !== undefined),
  );
}

export { refKey };
