import { OneRoundTripWriter } from './one-round-trip-writer';
import { StatementCounter } from './testing/statement-counter';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from './testing/test-database';

describe.each(testDatabaseKinds())('OneRoundTripWriter on %s', (kind) => {
  let db: TestDatabase;
  let writer: OneRoundTripWriter;
  const logger = new StatementCounter();
  const ids = async () =>
    ((await db.dataSource.query('SELECT id FROM round_trip_probe ORDER BY id')) as Array<{ id: number }>).map((r) =>
      Number(r.id),
    );

  beforeAll(async () => {
    db = await createTestDatabase(kind, { logger, migrate: false });
    await db.dataSource.query(
      'CREATE TABLE round_trip_probe (id INT PRIMARY KEY, label VARCHAR(20), at DATETIME(3) NULL)',
    );
    writer = new OneRoundTripWriter(db.dataSource);
  });
  afterAll(async () => {
    await writer?.close();
    await db?.dispose();
  });

  it('writes every statement, with its values, in one transaction and reports each statement', async () => {
    logger.start();
    await writer.write([
      { sql: 'INSERT INTO round_trip_probe (id, label) VALUES (?, ?)', parameters: [1, "it's"] },
      { sql: 'INSERT INTO round_trip_probe (id, label) VALUES (?, ?), (?, ?)', parameters: [2, 'b', 3, null] },
    ]);
    expect(await ids()).toEqual([1, 2, 3]);
    const labels = (await db.dataSource.query('SELECT label FROM round_trip_probe ORDER BY id')) as Array<{
      label: string | null;
    }>;
    expect(labels.map((r) => r.label)).toEqual(["it's", 'b', null]);
    const written = logger.stop().filter((s) => !s.startsWith('SELECT'));
    expect(written.filter((s) => s.startsWith('INSERT'))).toHaveLength(2);
    if (kind === 'mysql')
      expect(written).toEqual([
        expect.stringMatching(/^START TRANSACTION/),
        expect.anything(),
        expect.anything(),
        'COMMIT',
      ]);
  });

  it('writes dates as the application pool does (UTC, as TypeORM reads them back)', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    await writer.write([
      {
        sql: 'INSERT INTO round_trip_probe (id, at) VALUES (?, ?)',
        parameters: [50, kind === 'mysql' ? at : at.toISOString().replace('T', ' ').replace('Z', '')],
      },
    ]);
    const [row] = (await db.dataSource.query('SELECT at FROM round_trip_probe WHERE id = 50')) as Array<{
      at: Date | string;
    }>;
    const read = row.at instanceof Date ? row.at : new Date(`${row.at.replace(' ', 'T')}Z`);
    expect(read.toISOString()).toBe(at.toISOString());
    await db.dataSource.query('DELETE FROM round_trip_probe WHERE id = 50');
    if (kind === 'mysql') {
      // This machine runs in UTC, where a local-time writer would pass too: the writer's pool must
      // format values with the application pool's settings (time zone 'Z', utf8mb4 collation).
      type Internals = { pool: { config: { connectionConfig: { timezone: string; charsetNumber: number } } } };
      const own = (writer as unknown as { pool: Internals }).pool.pool.config.connectionConfig;
      const app = (db.dataSource.driver as unknown as { pool: Internals['pool'] }).pool.config.connectionConfig;
      expect([own.timezone, own.charsetNumber]).toEqual(['Z', app.charsetNumber]);
    }
  });

  it('leaves nothing of a transaction whose later statement failed, and keeps working', async () => {
    await expect(
      writer.write([
        { sql: 'INSERT INTO round_trip_probe (id) VALUES (?)', parameters: [10] },
        { sql: 'INSERT INTO round_trip_probe (id) VALUES (?)', parameters: [1] }, // duplicate key
      ]),
    ).rejects.toThrow(/Duplicate|UNIQUE/i);
    expect(await ids()).toEqual([1, 2, 3]);
    // The connection went back to the pool clean: more writes than it has connections succeed.
    for (const id of [11, 12, 13])
      await writer.write([{ sql: 'INSERT INTO round_trip_probe (id) VALUES (?)', parameters: [id] }]);
    expect(await ids()).toEqual([1, 2, 3, 11, 12, 13]);
  });

  it('refuses to write once closed', async () => {
    const closing = new OneRoundTripWriter(db.dataSource);
    await closing.close();
    await expect(
      closing.write([{ sql: 'INSERT INTO round_trip_probe (id) VALUES (?)', parameters: [20] }]),
    ).rejects.toThrow(/closed/);
  });
});
