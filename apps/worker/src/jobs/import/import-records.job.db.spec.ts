import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  CustomerEntity,
  IdentityBlockKeyEntity,
  IdentityEntity,
  testDatabaseKinds,
  type TestDatabase,
} from '@rapport/data-access';
import { evaluateClusters, generateCustomerRecords } from '@rapport/identity-resolution';
import { type DataSource } from 'typeorm';
import { importRecords } from './import-records.job';

const csvCell = (value: string | null | undefined) =>
  value && /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : (value ?? '');

async function snapshot(dataSource: DataSource) {
  const m = dataSource.manager;
  return {
    customers: await m.find(CustomerEntity, { order: { id: 'ASC' } }),
    identities: await m.find(IdentityEntity, { order: { id: 'ASC' } }),
    blockKeys: await m.find(IdentityBlockKeyEntity, { order: { blockKey: 'ASC', identityId: 'ASC' } }),
  };
}

describe.each(testDatabaseKinds())('rapport import records on %s', (kind) => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-records-'));
  // Messy multi-source records with known truth (households, nicknames, typos, formats).
  const { records, personIds } = generateCustomerRecords({ people: 150, seed: 5 });
  const file = join(dir, 'records.csv');
  const header = 'source,source_id,given,surname,email,phone,date_of_birth,address_line,postcode,city';
  const lines = records.map((r) =>
    [r.source, r.sourceId, r.firstName, r.lastName, r.email, r.phone, r.dateOfBirth, r.addressLine, r.postcode, r.city]
      .map(csvCell)
      .join(','),
  );
  // Three bad rows: nothing to resolve on, an over-long source, a stray quote.
  writeFileSync(
    file,
    [
      header,
      ...lines,
      'web,empty-1,,,,,,,,',
      `${'x'.repeat(40)},long-1,Ann,Lee,,,,,,`,
      'web,quote-1,An"n,Lee,,,,,,',
    ].join('\n') + '\n',
  );
  const map = new Map([
    ['given', 'first_name'],
    ['surname', 'last_name'],
  ]);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resolves messy records into customers close to the truth, and reports rejected rows', async () => {
    const report = await importRecords(db.dataSource, [file], { map, chunkSize: 100 });
    expect(report.read).toBe(records.length + 3);
    expect(report.rejected.map((r) => [r.line, r.message.slice(0, 12)])).toEqual([
      [records.length + 2, 'no attribute'],
      [records.length + 3, 'source "xxxx'],
      [records.length + 4, 'not valid CS'],
    ]);
    expect(report.linked + report.newCustomers).toBe(records.length);
    const identities = await db.dataSource.manager.find(IdentityEntity);
    const customerOf = new Map(identities.map((i) => [`${i.source}|${i.sourceKey}`, i.customerId]));
    const predicted = records.map((r) => customerOf.get(`${r.source}|${r.sourceId}`) ?? 'missing');
    const quality = evaluateClusters(predicted, personIds);
    console.log(
      `import records on ${kind}: ${records.length} records of ${quality.trueClusters} people → ${quality.predictedClusters} customers; ` +
        `pairwise P ${quality.precision.toFixed(3)} R ${quality.recall.toFixed(3)} F1 ${quality.f1.toFixed(3)} (model: ${report.model}, ${report.elapsedMs} ms)`,
    );
    expect(quality.precision).toBeGreaterThan(0.9);
    expect(quality.f1).toBeGreaterThan(0.75);
    expect(await db.dataSource.manager.count(CustomerEntity)).toBe(report.newCustomers);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot(db.dataSource);
    const report = await importRecords(db.dataSource, [file], { map });
    expect(report).toMatchObject({
      linked: 0,
      newCustomers: 0,
      updated: 0,
      unchanged: records.length,
      model: 'stored',
    });
    expect(await snapshot(db.dataSource)).toEqual(before);
  });
});
