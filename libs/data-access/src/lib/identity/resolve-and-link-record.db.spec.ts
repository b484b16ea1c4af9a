import { type IncrementalResolver } from '@rapport/identity-resolution';
import { CustomerEntity, IdentityBlockKeyEntity, IdentityEntity, ModelStateEntity } from '../entities';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-database';
import { IDENTITY_MODEL_KEY, loadIdentityResolver, readIdentityModel } from './identity-model-store';
import { resolveAndLinkRecord } from './resolve-and-link-record';

describe.each(testDatabaseKinds())('resolveAndLinkRecord on %s', (kind) => {
  let db: TestDatabase;
  let resolver: IncrementalResolver;
  const crm = {
    source: 'crm',
    sourceId: 'C-1',
    firstName: 'William',
    lastName: 'Fairbanks',
    email: 'Will.Fairbanks+shop@gmail.com',
    phone: '07700 900123',
    dateOfBirth: '12/03/1981',
    addressLine: '14 Larkspur Road',
    postcode: 'ls6 2ab',
    city: 'Leeds',
  };
  const link = (record: Parameters<typeof resolveAndLinkRecord>[1]) =>
    db.dataSource.transaction((m) => resolveAndLinkRecord(m, record, { resolver }));

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    // An empty database: the model is trained on the lib's synthetic population and stored.
    const loaded = await loadIdentityResolver(db.dataSource.manager);
    expect(loaded.origin).toBe('trained-on-synthetic');
    resolver = loaded.resolver;
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('stores the trained model in model_states, in parts, and reads it back', async () => {
    expect(await readIdentityModel(db.dataSource.manager)).toEqual(resolver.model);
    const head = await db.dataSource.manager.findOneByOrFail(ModelStateEntity, { key: IDENTITY_MODEL_KEY });
    expect(Number(head.state['parts'])).toBeGreaterThan(1);
    expect((await loadIdentityResolver(db.dataSource.manager)).origin).toBe('stored');
  });

  it('creates a customer for an unknown person, with its golden record and block keys', async () => {
    const result = await link(crm);
    expect(result.outcome).toBe('new-customer');
    const customer = await db.dataSource.manager.findOneByOrFail(CustomerEntity, { id: result.customerId });
    expect(customer).toMatchObject({
      firstName: 'William',
      email: 'willfairbanks@gmail.com',
      phone: '+447700900123',
      dateOfBirth: '1981-03-12',
      version: 1,
    });
    const keys = await db.dataSource.manager.findBy(IdentityBlockKeyEntity, { identityId: result.identityId });
    expect(keys.map((k) => k.blockKey)).toContain('phone:+447700900123');
  });

  it('links a thin WhatsApp record and a nickname web sign-up to that customer, with evidence', async () => {
    const first = await link({ ...crm, sourceId: 'C-1' });
    const whatsapp = await link({ source: 'whatsapp', sourceId: 'W-9', firstName: 'Will', phone: '+44 7700 900123' });
    expect(whatsapp.outcome).toBe('linked');
    expect(whatsapp.customerId).toBe(first.customerId);
    const web = await link({
      source: 'web',
      sourceId: 'U-3',
      firstName: 'Bill',
      lastName: 'Fairbanks',
      email: 'willfairbanks@googlemail.com',
    });
    expect(web).toMatchObject({ outcome: 'linked', customerId: first.customerId });
    const identity = await db.dataSource.manager.findOneByOrFail(IdentityEntity, { id: web.identityId });
    expect(identity.matchEvidence?.method).toBe('probabilistic');
    expect(identity.matchEvidence?.score).toBeGreaterThan(0);
    expect(identity.matchEvidence?.comparisons?.['email']?.level).toBeDefined();
    // The CRM wins survivorship: the golden first name stays William.
    const customer = await db.dataSource.manager.findOneByOrFail(CustomerEntity, { id: first.customerId });
    expect(customer.firstName).toBe('William');
  });

  it('keeps a housemate (same address and surname, other given name and birth date) apart', async () => {
    const first = await link(crm);
    const housemate = await link({
      ...crm,
      sourceId: 'C-2',
      firstName: 'Margaret',
      email: 'mfairbanks@example.com',
      phone: null,
      dateOfBirth: '1983-07-30',
    });
    expect(housemate.outcome).toBe('new-customer');
    expect(housemate.customerId).not.toBe(first.customerId);
  });

  it('is idempotent on (source, sourceId): the same record writes nothing, a changed one updates in place', async () => {
    const m = db.dataSource.manager;
    const counts = async () => [
      await m.count(CustomerEntity),
      await m.count(IdentityEntity),
      await m.count(IdentityBlockKeyEntity),
    ];
    const before = await counts();
    const again = await link({ source: 'whatsapp', sourceId: 'W-9', firstName: 'Will', phone: '+44 7700 900123' });
    expect(again.outcome).toBe('unchanged');
    expect(await counts()).toEqual(before);
    const moved = await link({ ...crm, addressLine: '3 Mill Lane', postcode: 'LS1 1AA' });
    expect(moved.outcome).toBe('updated');
    const customer = await m.findOneByOrFail(CustomerEntity, { id: moved.customerId });
    expect(customer).toMatchObject({ addressLine: '3 Mill Lane', postcode: 'LS1 1AA', version: 2 });
    expect(await counts()).toEqual(before);
  });
});
