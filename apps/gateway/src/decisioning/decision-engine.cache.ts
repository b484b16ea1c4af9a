import { findPropensityStates, loadDecisionEngine, OfferEntity } from '@rapport/data-access';
import { PropensityStore, type DecisionEngine } from '@rapport/decisioning';
import { type DataSource } from 'typeorm';
import { type StoredModelState } from './learn-from-outcome';

/** How often a gateway process checks whether the catalog or the learned models changed elsewhere. */
export const CATALOG_CHECK_MS = 5_000;
/**
 * Model rows are re-read from this long before the newest `updatedAt` seen, so a row stamped by
 * a process whose clock runs behind is not missed (rows already known are skipped by version).
 */
const MODEL_CLOCK_SKEW_MS = 60_000;

/** The engine over the active catalog, with the catalog's offer rows (to show the offers it names). */
export interface CachedEngine {
  engine: DecisionEngine;
  store: PropensityStore;
  /** The active offers by id, read with the engine (a decision over 500 offers explains ~500 of them). */
  offers: ReadonlyMap<string, OfferEntity>;
}

interface Built extends CachedEngine {
  version: string;
}

/**
 * One decision engine per gateway process, rebuilt when the active catalog changes. The
 * propensity store is shared with the engine, so outcomes learned here are used at once; models
 * other processes (other gateway workers or machines) learned are read every CATALOG_CHECK_MS,
 * only the rows that changed, and applied when their version is newer than the one held.
 */
export class DecisionEngineCache {
  private engine: Promise<Built> | null = null;
  private checkedAt = 0;
  /** Row version of each model state this process holds. */
  private readonly modelVersions = new Map<string, number>();
  /** Newest model `updatedAt` read so far (ms). */
  private modelsReadUpTo = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkEveryMs = CATALOG_CHECK_MS,
  ) {}

  async get(): Promise<CachedEngine> {
    const now = Date.now();
    if (this.engine && now - this.checkedAt < this.checkEveryMs) return this.engine;
    this.checkedAt = now;
    const current = this.engine ? await this.engine : null;
    // Both reads at once: the request that makes the check waits for one round trip, not two. (If
    // the catalog changed, the rebuild reads every model again anyway.)
    const [version] = await Promise.all([
      this.catalogVersion(),
      current ? this.readChangedModels(current.store) : undefined,
    ]);
    if (current && current.version === version) return current;
    this.engine = this.build(version);
    return this.engine;
  }

  /** Applies model states learned (and committed) by this process to the live store. */
  async absorb(states: readonly StoredModelState[]): Promise<void> {
    if (!this.engine) return;
    const { store } = await this.engine;
    for (const state of states) this.apply(store, state);
  }

  /** Forces a rebuild on the next decision (after this process changed the catalog). */
  invalidate(): void {
    this.engine = null;
  }

  private async build(version: string): Promise<Built> {
    const manager = this.dataSource.manager;
    const store = new PropensityStore();
    this.modelVersions.clear();
    this.modelsReadUpTo = 0;
    await this.readChangedModels(store);
    // Read apart from the engine's own copy: an offer changed in between changes the version
    // too, so the next check rebuilds both (and callers fall back to the database for a miss).
    const [engine, offers] = await Promise.all([
      loadDecisionEngine(manager, { propensities: store }),
      manager.find(OfferEntity, { where: { status: 'active' } }),
    ]);
    return { engine, store, offers: new Map(offers.map((o) => [o.id, o])), version };
  }

  /** Reads the propensity rows updated since the last read (all of them the first time). */
  private async readChangedModels(store: PropensityStore): Promise<void> {
    const since = this.modelsReadUpTo > 0 ? new Date(this.modelsReadUpTo - MODEL_CLOCK_SKEW_MS) : null;
    const rows = await findPropensityStates(this.dataSource.manager, since);
    for (const row of rows) {
      this.apply(store, row);
      this.modelsReadUpTo = Math.max(this.modelsReadUpTo, row.updatedAt.getTime());
    }
  }

  /** Imports a state unless this process already holds that version or a newer one. */
  private apply(store: PropensityStore, { key, state, version }: StoredModelState): void {
    if ((this.modelVersions.get(key) ?? 0) >= version) return;
    store.importState(key, state);
    this.modelVersions.set(key, version);
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
