import { type DataSource } from 'typeorm';
import { nextCustomerIdPage, countCustomersAfter } from './refresh/customer-id-pages';
import { loadCustomerPurchases } from './refresh/load-customer-chunk';
import { type PopulationFit } from './refresh/population-fit';
import { ensurePopulationFit } from './refresh/refresh.job';
import { noPurchaseFigures, valueFigures, type ScoredChunk } from './refresh/score-chunk';
import { updateValueFigures } from './refresh/write-chunk';

export interface ClvScoreResult {
  customers: number;
  scored: number;
  skipped: ScoredChunk['skipped'];
  fit: PopulationFit;
  elapsedMs: number;
}

/**
 * `rapport clv score`: (re)fits the population models when asked or missing, then writes every
 * customer's CLV, P(alive), expected purchases and spend, and value segment, chunk by chunk
 * (one UPDATE per chunk). The refresh job computes the same figures with the same functions.
 */
export async function scoreAllCustomers(
  dataSource: DataSource,
  options: { now: Date; refit: boolean; chunkSize: number; onProgress?: (done: number, total: number) => void },
): Promise<ClvScoreResult> {
  const started = Date.now();
  const fit = await ensurePopulationFit(dataSource, options.now, options.refit);
  const total = await countCustomersAfter(dataSource, '');
  const result: ClvScoreResult = { customers: 0, scored: 0, skipped: [], fit, elapsedMs: 0 };
  let after = '';
  for (;;) {
    const ids = await nextCustomerIdPage(dataSource, after, options.chunkSize);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    const states = await loadCustomerPurchases(dataSource.manager, ids);
    const skipped: ScoredChunk['skipped'] = [];
    const figures = valueFigures(states, fit, options.now, skipped);
    const skippedIds = new Set(skipped.map((s) => s.customerId));
    const values = states
      .filter((s) => !skippedIds.has(s.customer.id))
      .map((s) => figures.get(s.customer.id) ?? noPurchaseFigures(s.customer.id));
    await dataSource.transaction((manager) => updateValueFigures(manager, values));
    result.customers += ids.length;
    result.scored += values.length;
    result.skipped.push(...skipped);
    options.onProgress?.(result.customers, total);
  }
  result.elapsedMs = Date.now() - started;
  return result;
}
