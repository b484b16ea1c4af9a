import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseColumnMap } from './column-map';
import { readSourceRecordsCsv } from './read-source-records-csv';
import { runIdentityEvaluate } from './run-identity-evaluate';
import { runIdentityResolve } from './run-identity-resolve';

const fixtures = resolve(__dirname, '../../../../../libs/identity-resolution/fixtures');
// FEBRL's columns onto the canonical ones; rec_id is only the record key (truth is read from it when scoring).
const FEBRL_MAP = 'rec_id=source_id,given_name=first_name,surname=last_name,street_number=address_line,address_1=address_line,suburb=city';

describe('identity CLI helpers', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-identity-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses --map and refuses malformed pairs', () => {
    expect([...parseColumnMap(['a=first_name, b=national_id', 'c=city'])]).toEqual([
      ['a', 'first_name'],
      ['b', 'national_id'],
      ['c', 'city'],
    ]);
    expect(() => parseColumnMap(['given_name'])).toThrow(/column=canonical/);
    expect(() => parseColumnMap(['a=bad-name'])).toThrow(/column=canonical/);
  });

  it('reads records: joined columns, identifiers, default source and id', () => {
    const file = join(dir, 'crm.csv');
    writeFileSync(file, 'nr,street,first_name,ssn,ignored\n12,High Street,Ann,123,x\n,,"Bob, Jr",,\n');
    const records = readSourceRecordsCsv(file, parseColumnMap(['nr=address_line,street=address_line,ssn=national_id']));
    expect(records).toEqual([
      { source: 'crm', sourceId: '1', addressLine: '12 High Street', firstName: 'Ann', identifiers: { national_id: '123' } },
      { source: 'crm', sourceId: '2', firstName: 'Bob, Jr' },
    ]);
    writeFileSync(file, 'foo,bar\n1,2\n');
    expect(() => readSourceRecordsCsv(file, new Map())).toThrow(/no column maps/);
    expect(() => readSourceRecordsCsv(join(dir, 'missing.csv'), new Map())).toThrow(/cannot read/);
  });

  it('resolves FEBRL 4a + 4b and evaluates at F1 ≥ 0.995 without soc_sec_id', () => {
    const out = join(dir, 'clusters4.csv');
    const explain = join(dir, 'pairs4.csv');
    const { summary } = runIdentityResolve({
      records: [join(fixtures, 'dataset4a.csv'), join(fixtures, 'dataset4b.csv')],
      map: [FEBRL_MAP],
      out,
      explain,
      uniqueSource: ['dataset4a', 'dataset4b'],
      defaultRegion: 'AU',
      dateOrder: 'dmy',
    });
    expect(summary.records).toBe(10000);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('source,source_id,customer_id');
    expect(readFileSync(explain, 'utf8').split('\n')[0]).toMatch(/^source_a,source_id_a,source_b,source_id_b,decision,match_weight,probability,prior,firstName,/);
    const e = runIdentityEvaluate({ clusters: out, truthFromSourceId: '^rec-(\\d+)-' });
    process.stdout.write(`CLI FEBRL 4a+4b: precision ${e.precision.toFixed(4)} recall ${e.recall.toFixed(4)} F1 ${e.f1.toFixed(4)}\n`);
    expect(e.f1).toBeGreaterThanOrEqual(0.995);
  }, 60_000);

  it('resolves FEBRL dataset3 and evaluates against a truth file at F1 ≥ 0.995', () => {
    const out = join(dir, 'clusters3.csv');
    runIdentityResolve({ records: [join(fixtures, 'dataset3.csv')], map: [FEBRL_MAP], out, uniqueSource: [], defaultRegion: 'AU', dateOrder: 'dmy' });
    const truth = join(dir, 'truth3.csv');
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    writeFileSync(truth, `source,source_id,person_id\n${rows.map(([s, id]) => `${s},${id},${/^rec-(\d+)-/.exec(id)?.[1]}`).join('\n')}\n`);
    const e = runIdentityEvaluate({ clusters: out, truth });
    process.stdout.write(`CLI FEBRL dataset3: precision ${e.precision.toFixed(4)} recall ${e.recall.toFixed(4)} F1 ${e.f1.toFixed(4)}\n`);
    expect(e.f1).toBeGreaterThanOrEqual(0.995);
    expect(() => runIdentityEvaluate({ clusters: out })).toThrow(/--truth/);
  }, 60_000);
});
