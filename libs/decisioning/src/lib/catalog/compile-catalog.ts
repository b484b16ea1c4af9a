import { RapportError, hashString } from '@rapport/shared-util';
import { compilePredicate } from '../rules/compile-rule';
import { type RuleExpression } from '../rules/rule-expression';
import { toEpochMs } from '../time';
import { type CompiledCatalog, type CompiledGroup, type CompiledOffer, type CompiledPredicate, type CompiledRuleSlot } from './compiled-catalog';
import { RULE_FAMILIES, purposeOf, type OfferDefinition, type OfferGroupDefinition, type RuleFamily } from './offer';
import { validateOffer, validateOfferGroup } from './validate-offer';

type RuleTriple = readonly [CompiledRuleSlot | null, CompiledRuleSlot | null, CompiledRuleSlot | null];

/**
 * Identical rule expressions (by their JSON) share one compiled predicate, so the engine can
 * evaluate each distinct rule once per decision however many offers repeat it.
 */
type PredicateCache = Map<string, CompiledPredicate>;

function compileSlot(rule: RuleExpression | undefined, ruleId: string, reason: string, predicates: PredicateCache): CompiledRuleSlot | null {
  if (rule === null || rule === undefined || rule === true) return null;
  const key = JSON.stringify(rule);
  let test = predicates.get(key);
  if (!test) predicates.set(key, (test = compilePredicate(rule)));
  return { test, ruleId, reason };
}

function compileTriple(
  source: Partial<Record<RuleFamily, RuleExpression>> & { ruleReasons?: Partial<Record<RuleFamily, string>> },
  idPrefix: string,
  label: string,
  predicates: PredicateCache,
): RuleTriple {
  const [e, a, s] = RULE_FAMILIES.map((family) => {
    const why = source.ruleReasons?.[family];
    return compileSlot(source[family], `${idPrefix}:${family}`, `${family} rule of ${label} not met${why ? `: ${why}` : ''}`, predicates);
  });
  return [e, a, s];
}

/**
 * Prepares a catalog for decisions. Only `active` offers are kept (drafts and retired offers are
 * never candidates); every offer and group rule is validated and compiled once, here, so the
 * decision path never parses a rule. Offers whose group has no definition inherit nothing.
 * Throws a RapportError naming the offer and field when a rule is invalid.
 */
export function compileCatalog(
  offers: readonly OfferDefinition[],
  groups: readonly OfferGroupDefinition[] = [],
): CompiledCatalog {
  const predicates: PredicateCache = new Map();
  const groupIndex = new Map<string, number>();
  const compiledGroups: CompiledGroup[] = [];
  const groupKey = (issue: string, group: string): string => `${issue}/${group}`;
  const addGroup = (definition: OfferGroupDefinition): number => {
    const key = groupKey(definition.issue, definition.groupName);
    const existing = groupIndex.get(key);
    if (existing !== undefined) return existing;
    const errors = validateOfferGroup(definition);
    if (errors.length > 0) {
      throw new RapportError('BAD_USER_INPUT', `group ${key}: ${errors[0].field}: ${errors[0].message}`, errors[0].field);
    }
    const index = compiledGroups.length;
    compiledGroups.push({
      index,
      issue: definition.issue,
      groupName: definition.groupName,
      rules: compileTriple(definition, `group:${key}`, `group ${key}`, predicates),
    });
    groupIndex.set(key, index);
    return index;
  };
  groups.forEach(addGroup);

  const compiledOffers: CompiledOffer[] = [];
  const byId = new Map<string, CompiledOffer>();
  const byChannel = new Map<string, CompiledOffer[]>();
  let fingerprint = '';
  for (const offer of offers) {
    if ((offer.status ?? 'active') !== 'active') continue;
    const errors = validateOffer(offer);
    if (errors.length > 0) {
      throw new RapportError('BAD_USER_INPUT', `offer ${offer.code}: ${errors[0].field}: ${errors[0].message}`, errors[0].field);
    }
    const compiled: CompiledOffer = {
      index: compiledOffers.length,
      id: offer.id,
      code: offer.code,
      name: offer.name,
      kind: offer.kind,
      issue: offer.issue,
      groupName: offer.groupName,
      groupIndex: addGroup({ issue: offer.issue, groupName: offer.groupName }),
      purpose: purposeOf(offer),
      mode: offer.mode ?? 'default',
      channels: [...offer.channels],
      treatments: { ...offer.treatments },
      value: offer.value,
      lever: offer.lever,
      validFromMs: offer.validFrom == null ? -Infinity : toEpochMs(offer.validFrom),
      validToMs: offer.validTo == null ? Infinity : toEpochMs(offer.validTo),
      version: offer.version ?? 1,
      rules: compileTriple(offer, `offer:${offer.code}`, `offer ${offer.code}`, predicates),
    };
    compiledOffers.push(compiled);
    byId.set(compiled.id, compiled);
    for (const channel of compiled.channels) {
      if (!compiled.treatments[channel]) continue;
      let list = byChannel.get(channel);
      if (!list) byChannel.set(channel, (list = []));
      list.push(compiled);
    }
    fingerprint += `${offer.id}@${compiled.version};`;
  }
  return {
    offers: compiledOffers,
    groups: compiledGroups,
    byId,
    byChannel,
    version: `catalog-${compiledOffers.length}-${hashString(fingerprint + JSON.stringify(groups)).toString(16)}`,
  };
}
