import { type NormalisedRecord } from '../record/source-record';
import { type BlockingRule } from './blocking-rule';
import { blockKeyOf } from './block-keys-for';
import { PairBuffer } from './pair-buffer';

/** What one blocking rule contributed. */
export interface BlockingRuleStats {
  rule: string;
  /** Blocks with at least two records. */
  blocks: number;
  /** Pairs this rule produced that no earlier rule had produced. */
  newPairs: number;
  /** Blocks skipped for exceeding `maxBlockSize`, and the records in them. */
  oversizedBlocks: number;
  oversizedRecords: number;
}

/** Candidate pairs (a < b) and per-rule key ids, kept for EM sessions and explanations. */
export interface CandidatePairs {
  pairA: Uint32Array;
  pairB: Uint32Array;
  /** Index of the first rule that produced each pair. */
  pairRule: Uint8Array;
  count: number;
  /** Per rule: block key id of each record (-1 missing), and whether that block was usable. */
  keyIds: Int32Array[];
  usableBlock: Uint8Array[];
  stats: BlockingRuleStats[];
}

/**
 * The union of all blocking rules as candidate pairs, each pair once. A pair is emitted by
 * the first rule whose (usable) block holds both records, checked with integer key ids, so
 * no global pair set is needed.
 */
export function generateCandidatePairs(
  records: readonly NormalisedRecord[],
  rules: readonly BlockingRule[],
  maxBlockSize: number,
): CandidatePairs {
  const n = records.length;
  const keyIds: Int32Array[] = [];
  const usableBlock: Uint8Array[] = [];
  const stats: BlockingRuleStats[] = [];
  const buffer = new PairBuffer(Math.max(1024, n * 4));
  for (let r = 0; r < rules.length; r++) {
    const ids = new Int32Array(n);
    const intern = new Map<string, number>();
    let sizes: number[] = [];
    for (let i = 0; i < n; i++) {
      const key = blockKeyOf(records[i], rules[r]);
      if (key === null) {
        ids[i] = -1;
        continue;
      }
      let id = intern.get(key);
      if (id === undefined) {
        id = sizes.length;
        intern.set(key, id);
        sizes.push(0);
      }
      sizes[id]++;
      ids[i] = id;
    }
    const blockCount = sizes.length;
    const usable = new Uint8Array(blockCount);
    // Counting sort of records by block: offsets then members, all typed arrays.
    const offsets = new Int32Array(blockCount + 1);
    const rs: BlockingRuleStats = { rule: rules[r].name, blocks: 0, newPairs: 0, oversizedBlocks: 0, oversizedRecords: 0 };
    for (let k = 0; k < blockCount; k++) {
      offsets[k + 1] = offsets[k] + sizes[k];
      if (sizes[k] >= 2) {
        if (sizes[k] <= maxBlockSize) {
          usable[k] = 1;
          rs.blocks++;
        } else {
          rs.oversizedBlocks++;
          rs.oversizedRecords += sizes[k];
        }
      }
    }
    sizes = [];
    const members = new Int32Array(offsets[blockCount]);
    const fill = offsets.slice(0, blockCount);
    for (let i = 0; i < n; i++) if (ids[i] >= 0) members[fill[ids[i]]++] = i;
    keyIds.push(ids);
    usableBlock.push(usable);
    for (let k = 0; k < blockCount; k++) {
      if (usable[k] === 0) continue;
      const start = offsets[k];
      const end = offsets[k + 1];
      for (let x = start; x < end; x++) {
        const a = members[x];
        for (let y = x + 1; y < end; y++) {
          const b = members[y];
          let seen = false;
          for (let q = 0; q < r; q++) {
            const ka = keyIds[q][a];
            if (ka >= 0 && ka === keyIds[q][b] && usableBlock[q][ka] === 1) {
              seen = true;
              break;
            }
          }
          if (seen) continue;
          // members are in record order, so a < b.
          buffer.push(a, b, r);
          rs.newPairs++;
        }
      }
    }
    stats.push(rs);
  }
  return { pairA: buffer.a, pairB: buffer.b, pairRule: buffer.rule, count: buffer.count, keyIds, usableBlock, stats };
}

/** True when the (usable) block of `rule` holds both records. */
export function sharesBlock(pairs: CandidatePairs, rule: number, a: number, b: number): boolean {
  const ka = pairs.keyIds[rule][a];
  return ka >= 0 && ka === pairs.keyIds[rule][b] && pairs.usableBlock[rule][ka] === 1;
}
