import { purchaseModelOf, scoreCustomers } from '@rapport/clv';
import {
  toConsentRecords,
  toDecisionCustomer,
  toInteractionRecords,
  batchChannelDecisionId,
  toBatchDecisionsId,
  toBatchDecisionsRow,
  type BatchDecisionEntity,
} from '@rapport/data-access';
import { type DecisionEngine, type DecisionRequest } from '@rapport/decisioning';
import { MS_PER_DAY } from '@rapport/shared-util';
import { type CustomerChunkState, type CustomerPurchases } from './load-customer-chunk';
import { type PopulationFit, summariseChunk } from './population-fit';
import { type RefreshParams } from './refresh-params';

/** New value figures for one customer. */
export interface CustomerValueUpdate {
  id: string;
  clv: number;
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number;
  segment: string;
}

export interface ScoredChunk {
  values: CustomerValueUpdate[];
  /** One batch row per customer: its decision for every outbound channel, even an empty one. */
  decisions: BatchDecisionEntity[];
  skipped: Array<{ customerId: string; message: string }>;
}

/** Identifiers for new rows; injected so tests and resumed runs can be deterministic. */
export type IdFactory = () => string;

/**
 * CLV figures, segment and the top-N outbound recommendations per channel for a chunk.
 * Pure computation over loaded state: a customer whose data fails validation is reported in
 * `skipped` and the rest of the chunk goes on.
 */
export function scoreChunk(
  states: CustomerChunkState[],
  fit: PopulationFit,
  engine: DecisionEngine,
  params: RefreshParams,
  context: { runId: string | null; newId: IdFactory },
): ScoredChunk {
  const now = new Date(params.now);
  const result: ScoredChunk = { values: [], decisions: [], skipped: [] };
  const figures = valueFigures(states, fit, now, result.skipped);
  const expiresAt = new Date(now.getTime() + params.ttlDays * MS_PER_DAY);

  const skippedIds = new Set(result.skipped.map((s) => s.customerId));
  for (const state of states) {
    const customerId = state.customer.id;
    if (skippedIds.has(customerId)) continue;
    const value = figures.get(customerId) ?? noPurchaseFigures(customerId);
    try {
      const base: Omit<DecisionRequest, 'channel' | 'decisionId'> = {
        customer: toDecisionCustomer(state.customer, now, {
          clv: value.clv,
          pAlive: value.pAlive,
          pAlivePrevious: state.customer.pAlive,
          expectedPurchases: value.expectedPurchases,
          segment: value.segment,
        }),
        direction: 'outbound',
        now,
        limit: params.topN,
        events: state.events,
        interactions: toInteractionRecords(state.interactions),
        consents: toConsentRecords(state.consents),
        explain: false,
      };
      // One call for every channel: the customer's history is derived once, not per channel.
      // Decision ids are addressed from the customer's batch row id (see batch-decisions.ts).
      const rowId = toBatchDecisionsId(context.newId());
      let slot = 0;
      const decisions = engine.decideChannels(base, params.channels, () => batchChannelDecisionId(rowId, slot++));
      const row = toBatchDecisionsRow(customerId, decisions, {
        rowId,
        batchRunId: context.runId,
        generatedAt: now,
        expiresAt,
      });
      result.values.push(value);
      result.decisions.push(row);
    } catch (error) {
      result.skipped.push({ customerId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

/** Customers scored between two yields to the event loop (about 10–30 ms of work). */
const SLICE_SIZE = 100;

/**
 * `scoreChunk` in slices of SLICE_SIZE customers, yielding to the event loop between them so a
 * chunk's scoring does not hold up the reads and writes of its neighbours in the pipeline.
 * Slices run in order on the same engine, so the result equals one `scoreChunk` over the chunk.
 */
export async function scoreChunkInSlices(
  states: CustomerChunkState[],
  fit: PopulationFit,
  engine: DecisionEngine,
  params: RefreshParams,
  context: { runId: string | null; newId: IdFactory },
): Promise<ScoredChunk> {
  const result: ScoredChunk = { values: [], decisions: [], skipped: [] };
  for (let start = 0; start < states.length; start += SLICE_SIZE) {
    if (start > 0) await new Promise<void>((resume) => setImmediate(resume));
    const slice = scoreChunk(states.slice(start, start + SLICE_SIZE), fit, engine, params, context);
    for (const value of slice.values) result.values.push(value);
    for (const row of slice.decisions) result.decisions.push(row);
    for (const skipped of slice.skipped) result.skipped.push(skipped);
  }
  return result;
}

/** CLV figures and segment for each customer of a chunk with valid purchases (others go to `skipped`). */
export function valueFigures(
  states: CustomerPurchases[],
  fit: PopulationFit,
  now: Date,
  skipped: ScoredChunk['skipped'],
): Map<string, CustomerValueUpdate> {
  const figures = new Map<string, CustomerValueUpdate>();
  const valid = states.filter((state) => {
    const bad = state.transactions.find(
      (t) => !(Number.isFinite(t.amount) && t.amount >= 0) || t.occurredAt.getTime() > now.getTime() + MS_PER_DAY,
    );
    if (bad)
      skipped.push({
        customerId: state.customer.id,
        message: `invalid transaction (amount ${bad.amount}, at ${bad.occurredAt.toISOString()})`,
      });
    return !bad;
  });
  const summary = summariseChunk(valid, now);
  if (!summary?.customerIds) return figures;
  const scores = scoreCustomers(summary, {
    purchaseModel: purchaseModelOf({ model: 'bgnbd', parameters: fit.bgNbd }),
    spend: fit.gammaGamma ? { parameters: fit.gammaGamma } : undefined,
    unit: 'weeks',
    horizon: 52 / 4,
    segmentRules: { championsMinClv: fit.championsMinClv },
  });
  summary.customerIds.forEach((id, i) => {
    figures.set(id, {
      id,
      clv: round(scores.clv[i]),
      pAlive: round(scores.probabilityAlive[i], 4),
      expectedPurchases: round(scores.expectedPurchases[i], 4),
      expectedSpend: round(scores.expectedSpend[i]),
      segment: scores.segmentNames[scores.segmentIndex[i]],
    });
  });
  return figures;
}

/** A customer with no purchase yet: nothing to extrapolate from. */
export function noPurchaseFigures(id: string): CustomerValueUpdate {
  return { id, clv: 0, pAlive: 1, expectedPurchases: 0, expectedSpend: 0, segment: 'new' };
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Number.isFinite(value) ? Math.round(value * f) / f : 0;
}
