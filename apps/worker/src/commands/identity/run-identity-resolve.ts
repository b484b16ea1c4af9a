import { readFileSync, writeFileSync } from 'node:fs';
import {
  explainPair,
  type FellegiSunterModel,
  type PhoneRegion,
  type ResolutionResult,
  resolveIdentities,
  type SourceRecord,
} from '@rapport/identity-resolution';
import { RapportError } from '@rapport/shared-util';
import { parseColumnMap } from './column-map';
import { writeCsv } from './csv-writer';
import { readSourceRecordsCsv } from './read-source-records-csv';

/** Options of `rapport identity resolve`. */
export interface IdentityResolveOptions {
  records: string[];
  map: string[];
  out: string;
  explain?: string;
  uniqueSource: string[];
  defaultRegion: string;
  dateOrder: 'dmy' | 'mdy';
  model?: string;
  saveModel?: string;
}

/** What the command reports. */
export interface IdentityResolveSummary {
  records: number;
  customers: number;
  candidatePairs: number;
  reductionRatio: number;
  merges: number;
  vetoes: number;
  timingsMs: Record<string, number>;
  totalMs: number;
}

/** Reads the files, resolves all records together and writes clusters (and explanations). */
export function runIdentityResolve(options: IdentityResolveOptions): { summary: IdentityResolveSummary; result: ResolutionResult } {
  const started = Date.now();
  if (options.records.length === 0) throw new RapportError('BAD_USER_INPUT', 'give at least one --records FILE.csv', 'records');
  const map = parseColumnMap(options.map);
  const records: SourceRecord[] = options.records.flatMap((file) => readSourceRecordsCsv(file, map));
  const seen = new Set<string>();
  for (const r of records) {
    const key = `${r.source}\u0000${r.sourceId}`;
    if (seen.has(key)) throw new RapportError('BAD_USER_INPUT', `duplicate record ${r.source}/${r.sourceId}: (source, source_id) must be unique`, 'records');
    seen.add(key);
  }
  let model: FellegiSunterModel | undefined;
  if (options.model) model = JSON.parse(readFileSync(options.model, 'utf8')) as FellegiSunterModel;
  const result = resolveIdentities(records, {
    model,
    normalise: { defaultRegion: options.defaultRegion as PhoneRegion, dateOrder: options.dateOrder },
    clustering: { uniqueWithinSources: options.uniqueSource },
  });
  writeCsv(
    options.out,
    ['source', 'source_id', 'customer_id'],
    records.map((r, i) => [r.source, r.sourceId, result.customerIds[i]]),
  );
  if (options.explain) writeExplanations(options.explain, result);
  if (options.saveModel) writeFileSync(options.saveModel, `${JSON.stringify(result.model, null, 2)}\n`, 'utf8');
  return {
    result,
    summary: {
      records: records.length,
      customers: new Set(result.customerIds).size,
      candidatePairs: result.blocking.candidatePairs,
      reductionRatio: result.blocking.reductionRatio,
      merges: result.clustering.merges.length,
      vetoes: result.clustering.vetoes.length,
      timingsMs: result.timingsMs,
      totalMs: Date.now() - started,
    },
  };
}

/**
 * One line per link the clustering considered (accepted merges and refused ones), with the
 * waterfall: one column per comparison holding `level:weight` (bits counted, TF included).
 */
function writeExplanations(file: string, result: ResolutionResult): void {
  const names = result.comparisons.map((c) => c.name);
  const header = ['source_a', 'source_id_a', 'source_b', 'source_id_b', 'decision', 'match_weight', 'probability', 'prior', ...names];
  const rows: (string | number)[][] = [];
  const add = (a: number, b: number, decision: string): void => {
    const e = explainPair(result.scorer, a, b);
    rows.push([
      result.records[a].source,
      result.records[a].sourceId,
      result.records[b].source,
      result.records[b].sourceId,
      decision,
      e.matchWeight.toFixed(3),
      e.probability.toFixed(6),
      e.priorWeight.toFixed(3),
      ...e.contributions.map((c) => `${c.levelLabel}:${c.counted.toFixed(2)}`),
    ]);
  };
  for (const m of result.clustering.merges) add(m.a, m.b, m.reason === 'model' ? 'merged' : `merged (${m.reason})`);
  for (const v of result.clustering.vetoes) add(v.a, v.b, `refused (${v.reason})`);
  writeCsv(file, header, rows);
}
