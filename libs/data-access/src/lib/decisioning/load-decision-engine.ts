import {
  compileCatalog,
  createDecisionEngine,
  validateOffer,
  PropensityStore,
  type DecisionEngine,
  type DecisionEngineConfig,
  type OfferDefinition,
} from '@rapport/decisioning';
import { MoreThanOrEqual, type EntityManager } from 'typeorm';
import { ModelStateEntity } from '../entities/model-state.entity';
import { OfferEntity } from '../entities/offer.entity';
import { PLATFORM_CONTACT_POLICIES, PLATFORM_OUTBOUND_CAPS } from './platform-policies';

/** An offer row as the decisioning engine takes it. */
export function toOfferDefinition(offer: OfferEntity): OfferDefinition {
  return {
    id: offer.id,
    code: offer.code,
    name: offer.name,
    kind: offer.kind,
    issue: offer.issue,
    groupName: offer.groupName,
    channels: offer.channels,
    treatments: offer.treatments,
    value: offer.value,
    lever: offer.lever,
    mode: offer.mode,
    eligibility: offer.eligibility ?? undefined,
    applicability: offer.applicability ?? undefined,
    suitability: offer.suitability ?? undefined,
    validFrom: offer.validFrom,
    validTo: offer.validTo,
    status: offer.status,
    version: offer.version,
  };
}

/** Loads every propensity model's state from model_states into a store. */
export async function loadPropensityStore(manager: EntityManager): Promise<PropensityStore> {
  const store = new PropensityStore();
  for (const row of await findPropensityStates(manager)) store.importState(row.key, row.state);
  return store;
}

/** Propensity model rows (all, or those updated at or after `since`), with their row versions. */
export function findPropensityStates(
  manager: EntityManager,
  since: Date | null = null,
): Promise<Array<Pick<ModelStateEntity, 'key' | 'state' | 'version' | 'updatedAt'>>> {
  return manager.find(ModelStateEntity, {
    select: { key: true, state: true, version: true, updatedAt: true },
    where: since ? { kind: 'propensity', updatedAt: MoreThanOrEqual(since) } : { kind: 'propensity' },
  });
}

/**
 * Builds the decision engine from the database: active offers, learned propensities and the
 * platform policies. The gateway and the worker call this same function, so a batch
 * recommendation and a real-time one follow the same rules.
 */
export async function loadDecisionEngine(
  manager: EntityManager,
  overrides: Partial<Omit<DecisionEngineConfig, 'catalog'>> = {},
  onInvalidOffer: (code: string, problems: string) => void = (code, problems) =>
    process.emitWarning(`offer ${code} left out of decisioning: ${problems}`),
): Promise<DecisionEngine> {
  const offers = await manager.find(OfferEntity, { where: { status: 'active' }, order: { code: 'ASC' } });
  // One broken offer (e.g. written straight into the table, bypassing publish validation) must
  // not take every decision down with it: it is left out and reported.
  const definitions = offers.map(toOfferDefinition).filter((offer) => {
    const errors = validateOffer(offer);
    if (errors.length > 0) onInvalidOffer(offer.code, errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    return errors.length === 0;
  });
  return createDecisionEngine({
    catalog: compileCatalog(definitions),
    propensities: overrides.propensities ?? (await loadPropensityStore(manager)),
    contactPolicies: PLATFORM_CONTACT_POLICIES,
    outboundCaps: PLATFORM_OUTBOUND_CAPS,
    ...overrides,
  });
}
