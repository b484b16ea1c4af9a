import { loadDecisionEngine, loadPropensityStore, OfferEntity } from '@rapport/data-access';
import { type DecisionEngine, type PropensityStore } from '@rapport/decisioning';
import { type DataSource } from 'typeorm';

/** How often a gateway process checks whether the catalog changed (offers edited elsewhere). */
const CATALOG_CHECK_MS = 5_000;

/** The engine over the active catalog, with the catalog's offer rows (to show the offers it names). */
export interface CachedEngine {
  engine: DecisionEngine;
  store: PropensityStore;
  /** The active offers by id, read with the engine (a decision over 500 offers explains ~500 of them). */
  offers: ReadonlyMap<string, OfferEntity>;
}

/**
 * One decision engine per gateway process, rebuilt when the active catalog changes. The
 * propensity store is shared with the engine, so outcomes learned here are used at once;
 * outcomes learned by other processes arrive with the next rebuild.
 */
export class DecisionEngineCache {
  private engine: Promise<CachedEngine & { version: string }> | null = null;
  private checkedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<CachedEngine> {
    const now = Date.now();
    if (this.engine && now - this.checkedAt < CATALOG_CHECK_MS) return this.engine;
    this.checkedAt = now;
    const version = await this.catalogVersion();
    const current = this.engine ? await this.engine : null;
    if (current && current.version === version) return current;
    this.engine = (async () => {
      const manager = this.dataSource.manager;
      const store = await loadPropensityStore(manager);
      // Read apart from the engine's own copy: an offer changed in between changes the version
      // too, so the next check rebuilds both (and callers fall back to the database for a miss).
      const [engine, offers] = await Promise.all([
        loadDecisionEngine(manager, { propensities: store }),
        manager.find(OfferEntity, { where: { status: 'active' } }),
      ]);
      return { engine, store, offers: new Map(offers.map((o) => [o.id, o])), version };
    })();
    return this.engine;
  }

  /** Applies model states learned (and committed) by this process to the live store. */
  async absorb(states: Array<{ key: string; state: Record<string, unknown> }>): Promise<void> {
    if (!this.engine) return;
    const { store } = await this.engine;
    for (const { key, state } of states) store.importState(key, state);
  }

  /** Forces a rebuild on the next decision (after this process changed the catalog). */
  invalidate(): void {
    this.engine = null;
  }

  private async catalogVersion(): Promise<string> {
    const row: { n: string | number; latest: string | Date | null } | undefined = await this.dataSource
      .createQueryBuilder(OfferEntity, 'o')
      .select('COUNT(*)', 'n')
      .addSelect('MAX(o.updatedAt)', 'latest')
      .where("o.status = 'active'")
      .getRawOne();
    return `${row?.n ?? 0}|${String(row?.latest ?? '')}`;
  }
}
