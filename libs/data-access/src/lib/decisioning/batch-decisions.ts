import { type Decision } from '@rapport/decisioning';
import {
  type BatchDecisionEntity,
  type PackedDecisions,
  type PackedRecommendation,
} from '../entities/batch-decision.entity';
import { type RecommendationEntity } from '../entities/recommendation.entity';

/**
 * Batch decisions and the ids of the recommendations inside them.
 *
 * A customer's batch row has a UUID id whose last two bytes are 0000. The row's decision for the
 * channel in slot s (0-based, the run's channel order) has the same id with s + 1 as the
 * second-to-last byte; that decision's recommendation of rank r has r as the last byte. An
 * outcome reported for a batch recommendation therefore finds its row with one unique-index
 * lookup, with no per-recommendation row or index. Slots stay below 255 and ranks below 256
 * (the engine returns at most 100 recommendations).
 */
const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** Turns any UUID into a batch row id (its last two bytes set to 0000). */
export function toBatchDecisionsId(uuid: string): string {
  return `${uuid.slice(0, 32)}0000`;
}

/** The id of the decision for the channel in `slot` of a batch row. */
export function batchChannelDecisionId(rowId: string, slot: number): string {
  if (!Number.isInteger(slot) || slot < 0 || slot > 254) throw new RangeError(`channel slot ${slot} is outside 0..254`);
  return `${rowId.slice(0, 32)}${hex2(slot + 1)}00`;
}

/** The id of the recommendation of rank `rank` (1-based) inside a batch decision. */
export function batchRecommendationId(decisionId: string, rank: number): string {
  if (!Number.isInteger(rank) || rank < 1 || rank > 255) throw new RangeError(`rank ${rank} is outside 1..255`);
  return `${decisionId.slice(0, 34)}${hex2(rank)}`;
}

/**
 * Where a recommendation id would sit in a batch row (row id, channel slot, rank), or null when
 * the id cannot be a batch recommendation's. Whether that row exists is for the caller.
 */
export function parseBatchRecommendationId(id: string): { rowId: string; slot: number; rank: number } | null {
  if (id.length !== 36) return null;
  const slot = Number.parseInt(id.slice(32, 34), 16) - 1;
  const rank = Number.parseInt(id.slice(34), 16);
  if (!(slot >= 0) || !(rank >= 1)) return null;
  return { rowId: toBatchDecisionsId(id), slot, rank };
}

/**
 * The row that stores a customer's batch decisions, one per channel in slot order (a decision
 * that recommends nothing is kept, with an empty list). Each decision's id must be
 * batchChannelDecisionId(rowId, slot).
 */
export function toBatchDecisionsRow(
  customerId: string,
  decisions: readonly Decision[],
  options: { rowId: string; batchRunId: string | null; generatedAt: Date; expiresAt: Date },
): BatchDecisionEntity {
  if (!options.rowId.endsWith('0000')) throw new Error(`batch row id ${options.rowId} must end in 0000`);
  const reasons: string[] = [];
  const reasonIndex = new Map<string, number>();
  const channels = decisions.map((decision, slot) => {
    if (decision.id !== batchChannelDecisionId(options.rowId, slot)) {
      throw new Error(`decision ${decision.id} in slot ${slot} is not addressed from batch row ${options.rowId}`);
    }
    if (decision.customerId !== customerId) throw new Error(`decision ${decision.id} is for another customer`);
    const ranked = decision.recommendations.map((r, k): PackedRecommendation => {
      if (r.rank !== k + 1)
        throw new Error(`recommendation ranks must run 1, 2, 3…; found ${r.rank} at position ${k + 1}`);
      const indexes = r.reasons.map((reason) => {
        let index = reasonIndex.get(reason);
        if (index === undefined) {
          index = reasons.push(reason) - 1;
          reasonIndex.set(reason, index);
        }
        return index;
      });
      return [r.offerId, r.priority, r.propensity, r.contextWeight, r.value, r.lever, r.control ? 1 : 0, indexes];
    });
    return { channel: decision.channel, ranked };
  });
  return {
    customerId,
    id: options.rowId,
    batchRunId: options.batchRunId,
    modelVersion: decisions[0]?.modelVersion ?? '',
    generatedAt: options.generatedAt,
    expiresAt: options.expiresAt,
    decisions: { reasons, channels },
  };
}

/** How many recommendations a batch row holds. */
export function countBatchRecommendations(row: Pick<BatchDecisionEntity, 'decisions'>): number {
  let count = 0;
  for (const decision of row.decisions.channels) count += decision.ranked.length;
  return count;
}

/**
 * The recommendations of a stored batch row (on one channel, or all), as `recommendations` rows
 * would hold them.
 */
export function unpackBatchDecisions(row: BatchDecisionEntity, channel: string | null = null): RecommendationEntity[] {
  const packed: PackedDecisions = row.decisions;
  const out: RecommendationEntity[] = [];
  packed.channels.forEach((decision, slot) => {
    if (channel !== null && decision.channel !== channel) return;
    const decisionId = batchChannelDecisionId(row.id, slot);
    decision.ranked.forEach(([offerId, priority, propensity, contextWeight, value, lever, control, reasons], k) =>
      out.push({
        id: batchRecommendationId(decisionId, k + 1),
        customerId: row.customerId,
        offerId,
        channel: decision.channel,
        decisionId,
        rank: k + 1,
        priority,
        propensity,
        contextWeight,
        value,
        lever,
        reasons: reasons.map((i) => packed.reasons[i]),
        modelVersion: row.modelVersion,
        source: 'batch',
        batchRunId: row.batchRunId,
        control: control === 1,
        generatedAt: row.generatedAt,
        expiresAt: row.expiresAt,
        outcome: null,
        outcomeAt: null,
      }),
    );
  });
  return out;
}
