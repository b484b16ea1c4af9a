import { type Decision } from '@rapport/decisioning';
import {
  type BatchDecisionEntity,
  type PackedRecommendation,
  type PackedRecommendations,
} from '../entities/batch-decision.entity';
import { type RecommendationEntity } from '../entities/recommendation.entity';

/**
 * Batch decisions and the ids of the recommendations inside them.
 *
 * A batch decision's id is a UUID whose last byte is 00; its recommendation of rank r has the same
 * id with r (two hex digits) as the last byte. An outcome reported for a batch recommendation
 * therefore finds its decision through one unique-index lookup, with no per-recommendation row
 * or index. Ranks stay below 256: the engine returns at most 100 recommendations.
 */
const RANK_SUFFIX_LENGTH = 2;
const DECISION_SUFFIX = '00';

/** Turns any UUID into a batch decision id (its last byte set to 00). */
export function toBatchDecisionId(uuid: string): string {
  return uuid.slice(0, uuid.length - RANK_SUFFIX_LENGTH) + DECISION_SUFFIX;
}

/** The id of the recommendation of rank `rank` (1-based) inside a batch decision. */
export function batchRecommendationId(decisionId: string, rank: number): string {
  if (!Number.isInteger(rank) || rank < 1 || rank > 255) throw new RangeError(`rank ${rank} is outside 1..255`);
  return decisionId.slice(0, decisionId.length - RANK_SUFFIX_LENGTH) + rank.toString(16).padStart(2, '0');
}

/**
 * The batch decision and rank a recommendation id would belong to, or null when the id cannot be
 * one (wrong length, or a decision id itself). Whether that decision exists is for the caller.
 */
export function parseBatchRecommendationId(id: string): { decisionId: string; rank: number } | null {
  if (id.length !== 36) return null;
  const rank = Number.parseInt(id.slice(-RANK_SUFFIX_LENGTH), 16);
  if (!Number.isInteger(rank) || rank < 1) return null;
  return { decisionId: toBatchDecisionId(id), rank };
}

/** The row that stores a batch decision (an empty list when it recommends nothing). */
export function toBatchDecisionRow(
  decision: Decision,
  options: { batchRunId: string | null; generatedAt: Date; expiresAt: Date },
): BatchDecisionEntity {
  if (!decision.id.endsWith(DECISION_SUFFIX)) {
    throw new Error(`batch decision id ${decision.id} must end in ${DECISION_SUFFIX} (see toBatchDecisionId)`);
  }
  const reasons: string[] = [];
  const reasonIndex = new Map<string, number>();
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
  return {
    customerId: decision.customerId,
    channel: decision.channel,
    decisionId: decision.id,
    batchRunId: options.batchRunId,
    modelVersion: decision.modelVersion,
    generatedAt: options.generatedAt,
    expiresAt: options.expiresAt,
    recommendations: { reasons, ranked },
  };
}

/** The recommendations of a stored batch decision, as `recommendations` rows would hold them. */
export function unpackBatchDecision(row: BatchDecisionEntity): RecommendationEntity[] {
  const packed: PackedRecommendations = row.recommendations;
  return packed.ranked.map(([offerId, priority, propensity, contextWeight, value, lever, control, reasons], k) => ({
    id: batchRecommendationId(row.decisionId, k + 1),
    customerId: row.customerId,
    offerId,
    channel: row.channel,
    decisionId: row.decisionId,
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
  }));
}
