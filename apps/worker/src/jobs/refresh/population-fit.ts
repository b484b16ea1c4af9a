import {
  fitBgNbd,
  fitGammaGamma,
  purchaseModelOf,
  scoreCustomers,
  summariseTransactions,
  type BgNbdParameters,
  type GammaGammaParameters,
  type RfmSummary,
  type Transaction,
} from '@rapport/clv';
import { ModelStateEntity } from '@rapport/data-access';
import { type DataSource, type EntityManager } from 'typeorm';
import { nextCustomerIdPage } from './customer-id-pages';
import { loadCustomerPurchases, type CustomerPurchases } from './load-customer-chunk';

export const POPULATION_FIT_KEY = 'clv:population';

/**
 * The CLV models fitted on the whole customer base, shared by every chunk and shard of a run
 * (and by the gateway) through model_states. Scoring per chunk uses these parameters and the
 * population-wide champions threshold, so a customer's figures do not depend on its chunk.
 */
export interface PopulationFit {
  unit: 'weeks';
  bgNbd: BgNbdParameters;
  gammaGamma: GammaGammaParameters | null;
  championsMinClv: number;
  customers: number;
  calibrationEnd: string;
  fittedAt: string;
  logLikelihood: number;
}

export async function loadPopulationFit(manager: EntityManager): Promise<PopulationFit | null> {
  const row = await manager.findOneBy(ModelStateEntity, { key: POPULATION_FIT_KEY });
  return row ? (row.state as unknown as PopulationFit) : null;
}

/**
 * A customer's transactions in the CLV lib's shape. The date stays a Date: the lib counts it by
 * its UTC calendar day, as it would the YYYY-MM-DD string, without formatting and re-parsing
 * one per purchase.
 */
export function toClvTransactions(state: CustomerPurchases): Transaction[] {
  return state.transactions.map((t) => ({ customerId: state.customer.id, date: t.occurredAt, amount: t.amount }));
}

/** RFM summary (weeks, daily purchase periods) of the chunk's customers who have purchases. */
export function summariseChunk(states: CustomerPurchases[], now: Date): RfmSummary | null {
  const transactions = states.flatMap(toClvTransactions);
  if (transactions.length === 0) return null;
  return summariseTransactions(transactions, { calibrationEnd: now.toISOString().slice(0, 10), unit: 'weeks' })
    .calibration;
}

/**
 * Fits BG/NBD and Gamma-Gamma on every customer, streaming the customers in keyset pages (only
 * the RFM arrays — 32 bytes a customer — stay in memory), and stores the fit.
 */
export async function refitPopulation(dataSource: DataSource, now: Date, pageSize = 2000): Promise<PopulationFit> {
  const parts: RfmSummary[] = [];
  let after = '';
  for (;;) {
    const ids = await nextCustomerIdPage(dataSource, after, pageSize);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    const summary = summariseChunk(await loadCustomerPurchases(dataSource.manager, ids), now);
    if (summary) parts.push(summary);
  }
  const summary = concatSummaries(parts);
  if (summary.frequency.length === 0) throw new Error('cannot fit CLV models: no customer has a transaction');
  const bgNbd = fitBgNbd(summary, { unit: 'weeks' });
  let gammaGamma: GammaGammaParameters | null = null;
  try {
    gammaGamma = fitGammaGamma(summary, { unit: 'weeks' }).parameters;
  } catch {
    gammaGamma = null; // no returning customers yet: spend falls back to each customer's own mean
  }
  const scores = scoreCustomers(summary, {
    purchaseModel: purchaseModelOf(bgNbd),
    spend: gammaGamma ? { parameters: gammaGamma } : undefined,
    unit: 'weeks',
  });
  const fit: PopulationFit = {
    unit: 'weeks',
    bgNbd: bgNbd.parameters,
    gammaGamma,
    championsMinClv: scores.championsMinClv,
    customers: summary.frequency.length,
    calibrationEnd: now.toISOString().slice(0, 10),
    fittedAt: new Date().toISOString(),
    logLikelihood: bgNbd.logLikelihood,
  };
  await dataSource.manager.save(ModelStateEntity, {
    key: POPULATION_FIT_KEY,
    kind: 'clv',
    state: fit as unknown as Record<string, unknown>,
    version: 1,
    updatedAt: new Date(),
  });
  return fit;
}

function concatSummaries(parts: RfmSummary[]): RfmSummary {
  const n = parts.reduce((sum, p) => sum + p.frequency.length, 0);
  const out = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryValue: new Float64Array(n),
  };
  let offset = 0;
  for (const part of parts) {
    out.frequency.set(part.frequency, offset);
    out.recency.set(part.recency, offset);
    out.T.set(part.T, offset);
    out.monetaryValue.set(part.monetaryValue, offset);
    offset += part.frequency.length;
  }
  return out;
}
