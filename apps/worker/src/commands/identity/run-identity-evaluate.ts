import { readFileSync } from 'node:fs';
import { evaluateClusters, type PairwiseEvaluation } from '@rapport/identity-resolution';
import { RapportError } from '@rapport/shared-util';
import { parse } from 'csv-parse/sync';

/** Options of `rapport identity evaluate`. */
export interface IdentityEvaluateOptions {
  clusters: string;
  truth?: string;
  /** Regular expression whose first group turns a source_id into the true person id. */
  truthFromSourceId?: string;
}

function readTable(file: string, required: readonly string[]): Record<string, string>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: true, trim: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  } catch (error) {
    throw new RapportError('BAD_USER_INPUT', `${file}: ${(error as Error).message}`, 'file');
  }
  const first = rows[0];
  for (const column of required) {
    if (!first || !(column in first)) throw new RapportError('BAD_USER_INPUT', `${file}: missing column "${column}"`, column);
  }
  return rows;
}

/**
 * Pairwise precision, recall and F1 of `clusters.csv` (source, source_id, customer_id)
 * against `truth.csv` (source, source_id, person_id), or against person ids read from each
 * source_id with `truthFromSourceId` (FEBRL: `^rec-(\d+)-`). Records are matched on
 * (source, source_id); every clustered record needs a truth.
 */
export function runIdentityEvaluate(options: IdentityEvaluateOptions): PairwiseEvaluation {
  const clusters = readTable(options.clusters, ['source', 'source_id', 'customer_id']);
  const truthOf = new Map<string, string>();
  if (options.truth) {
    for (const row of readTable(options.truth, ['source', 'source_id', 'person_id'])) truthOf.set(`${row['source']}\u0000${row['source_id']}`, row['person_id']);
  } else if (!options.truthFromSourceId) {
    throw new RapportError('BAD_USER_INPUT', 'give --truth truth.csv or --truth-from-source-id REGEX', 'truth');
  }
  let pattern: RegExp | null = null;
  if (options.truthFromSourceId) {
    try {
      pattern = new RegExp(options.truthFromSourceId);
    } catch {
      throw new RapportError('BAD_USER_INPUT', `--truth-from-source-id: invalid regular expression`, 'truthFromSourceId');
    }
  }
  const predicted: string[] = [];
  const truth: string[] = [];
  for (const row of clusters) {
    const key = `${row['source']}\u0000${row['source_id']}`;
    let person = truthOf.get(key);
    if (person === undefined && pattern) {
      const match = pattern.exec(row['source_id']);
      person = match ? (match[1] ?? match[0]) : undefined;
    }
    if (person === undefined) throw new RapportError('BAD_USER_INPUT', `no truth for ${row['source']}/${row['source_id']}`, 'truth');
    predicted.push(row['customer_id']);
    truth.push(person);
  }
  return evaluateClusters(predicted, truth);
}
