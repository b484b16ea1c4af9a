import { type ResolutionResult } from '../pipeline/resolve-identities';
import { explainPair, summariseExplanation } from './explain-pair';

/** One link of a customer's merge tree. */
export interface CustomerMergeExplanation {
  a: { index: number; source: string; sourceId: string };
  b: { index: number; source: string; sourceId: string };
  /** Match weight of the linking pair (Infinity for a deterministic rule). */
  matchWeight: number;
  /** `model` or `rule:<name>`. */
  reason: string;
  /** The strongest comparisons of the linking pair. */
  summary: string;
}

/** Why a customer is made of the records it holds, and which merges were refused. */
export interface CustomerExplanation {
  customerId: string;
  records: { index: number; source: string; sourceId: string }[];
  merges: CustomerMergeExplanation[];
  refused: { a: number; b: number; reason: string; matchWeight: number; conflict: string }[];
}

/** Explains one customer of a batch resolution: its records, the merges that joined them and the vetoes. */
export function explainCustomer(result: ResolutionResult, customerId: string): CustomerExplanation {
  const ref = (i: number): { index: number; source: string; sourceId: string } => ({
    index: i,
    source: result.records[i].source,
    sourceId: result.records[i].sourceId,
  });
  const records: CustomerExplanation['records'] = [];
  result.customerIds.forEach((id, i) => {
    if (id === customerId) records.push(ref(i));
  });
  const inCustomer = (i: number): boolean => result.customerIds[i] === customerId;
  const merges = result.clustering.merges
    .filter((m) => inCustomer(m.a))
    .map((m) => ({
      a: ref(m.a),
      b: ref(m.b),
      matchWeight: m.weight,
      reason: m.reason,
      summary: m.reason === 'model' ? summariseExplanation(explainPair(result.scorer, m.a, m.b)) : m.reason,
    }));
  const refused = result.clustering.vetoes
    .filter((v) => inCustomer(v.a) || inCustomer(v.b))
    .map((v) => ({
      a: v.a,
      b: v.b,
      reason: v.reason,
      matchWeight: v.weight,
      conflict: summariseExplanation(explainPair(result.scorer, v.conflictA, v.conflictB), 4),
    }));
  return { customerId, records, merges, refused };
}
