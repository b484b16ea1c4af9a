import { readFileSync } from 'fs';
import { join } from 'path';
import { febrlPersonId, febrlRecords } from '../datasets/febrl-records';
import { evaluateBlocking, evaluateClusters, type PairwiseEvaluation } from '../evaluate/evaluate-clusters';
import { type SourceRecord } from '../record/source-record';
import { resolveIdentities } from './resolve-identities';

// FEBRL (fixtures/README.md): deduplication of dataset3 and linkage of dataset4a + 4b.
// The bar is pairwise F1 ≥ 0.995 of the final clusters WITHOUT soc_sec_id; the figures with
// it are reported too. One default configuration: only the FEBRL column mapping is given.
const fixtures = join(__dirname, '..', '..', '..', 'fixtures');

function load(file: string, source: string, withSocSecId: boolean): SourceRecord[] {
  return febrlRecords(readFileSync(join(fixtures, file), 'utf8'), { source, withSocSecId });
}

function run(records: SourceRecord[], uniqueWithinSources: string[]): PairwiseEvaluation {
  const result = resolveIdentities(records, { clustering: { uniqueWithinSources } });
  const truth = records.map((r) => febrlPersonId(r.sourceId));
  const evaluation = evaluateClusters(result.customerIds, truth);
  const blocking = evaluateBlocking(result.pairs.pairA, result.pairs.pairB, result.pairs.count, truth);
  process.stdout.write(
    `${records[0].source}${records.some((r) => r.identifiers?.['soc_sec_id']) ? ' with soc_sec_id' : ''}: ` +
      `precision ${evaluation.precision.toFixed(4)} recall ${evaluation.recall.toFixed(4)} F1 ${evaluation.f1.toFixed(4)}; ` +
      `clusters ${evaluation.predictedClusters}/${evaluation.trueClusters}; pairs completeness ${blocking.pairsCompleteness.toFixed(4)}, ` +
      `reduction ratio ${blocking.reductionRatio.toFixed(6)}; ${JSON.stringify(result.timingsMs)}\n`,
  );
  return evaluation;
}

describe('FEBRL validation', () => {
  it('deduplicates dataset3 without soc_sec_id at F1 ≥ 0.995', () => {
    expect(run(load('dataset3.csv', 'febrl3', false), []).f1).toBeGreaterThanOrEqual(0.995);
  });

  it('links dataset4a + dataset4b without soc_sec_id at F1 ≥ 0.995', () => {
    const records = [...load('dataset4a.csv', '4a', false), ...load('dataset4b.csv', '4b', false)];
    expect(run(records, ['4a', '4b']).f1).toBeGreaterThanOrEqual(0.995);
  });

  it('does at least as well with soc_sec_id', () => {
    expect(run(load('dataset3.csv', 'febrl3', true), []).f1).toBeGreaterThanOrEqual(0.995);
    const records = [...load('dataset4a.csv', '4a', true), ...load('dataset4b.csv', '4b', true)];
    expect(run(records, ['4a', '4b']).f1).toBeGreaterThanOrEqual(0.995);
  });
});
