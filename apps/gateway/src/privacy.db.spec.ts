import { ALL_ENTITIES, IdentityLinkEventEntity, TransactionEntity, testDatabaseKinds } from '@rapport/data-access';
import { fixtureId, HERO, HERO_ID } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

const EXPORT = `mutation($id: ID!) { exportCustomerData(id: $id) }`;
const ERASE = `mutation($id: ID!) { eraseCustomer(id: $id) { customerId erasedAt identitiesDeleted eventsAnonymised changed } }`;

/** Every personal value the fixtures hold about the hero, as stored. */
const PERSONAL_VALUES = [
  HERO.firstName,
  'Zoe',
  HERO.lastName,
  HERO.email,
  HERO.rawEmail,
  HERO.phone,
  HERO.rawPhone,
  HERO.dateOfBirth,
  HERO.addressLine,
  HERO.postcode,
];

describe.each(testDatabaseKinds())('privacy requests on %s', (kind) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(kind);
    // A merge whose evidence kept the absorbed golden record: personal data outside the customer's rows.
    await t.db.dataSource.manager.insert(IdentityLinkEventEntity, {
      id: fixtureId(11, 1),
      kind: 'merge',
      fromCustomerId: fixtureId(1, 99),
      toCustomerId: HERO_ID,
      identityIds: [fixtureId(2, 1)],
      evidence: { absorbed: { email: HERO.email, phone: HERO.phone, lastName: HERO.lastName } },
      actor: 'admin',
      createdAt: new Date(),
      undoneAt: null,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every row of every table, as text, that contains one of the values. */
  async function findEverywhere(values: readonly string[]): Promise<string[]> {
    const hits: string[] = [];
    for (const entity of ALL_ENTITIES) {
      const rows = await t.db.dataSource.manager.find(entity as never);
      for (const row of rows) {
        const text = JSON.stringify(row);
        for (const value of values)
          if (text.includes(value)) hits.push(`${t.db.dataSource.getMetadata(entity).tableName}: ${value}`);
      }
    }
    return hits;
  }

  it('exports everything held about a person, for admins only', async () => {
    const { data, errors } = await t.gql(EXPORT, { id: HERO_ID });
    expect(errors).toBeUndefined();
    const exported = data!['exportCustomerData'];
    expect(exported.customer).toMatchObject({ id: HERO_ID, email: HERO.email, phone: HERO.phone });
    expect(exported.identities).toHaveLength(10);
    expect(exported.conversationEvents).toHaveLength(31);
    expect(exported.transactions).toHaveLength(5);
    expect(exported.consents).toHaveLength(3);
    expect(exported.recommendations).toHaveLength(1); // an expired one; the current three are batch
    expect(exported.batchDecisions).toHaveLength(1);
    expect(exported.batchDecisions[0].decisions.channels[0].ranked).toHaveLength(3);
    expect(exported.identityLinkEvents).toHaveLength(1);
    const agent = await t.gql(EXPORT, { id: HERO_ID }, 'agent' as never);
    expect(agent.errors![0].extensions!['code']).toBe('FORBIDDEN');
    const missing = await t.gql(EXPORT, { id: 'nope' });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('erases personal data from every table, keeping what aggregates need', async () => {
    expect((await findEverywhere(PERSONAL_VALUES)).length).toBeGreaterThan(0);
    const { data, errors } = await t.gql(ERASE, { id: HERO_ID });
    expect(errors).toBeUndefined();
    expect(data!['eraseCustomer']).toMatchObject({
      customerId: HERO_ID,
      identitiesDeleted: 10,
      eventsAnonymised: 31,
      changed: true,
    });

    expect(await findEverywhere(PERSONAL_VALUES)).toEqual([]);

    const after = await t.gql(
      `query($id: ID!) { customer(id: $id) { firstName email phone erasedAt segment value { clv }
      identities { totalCount } conversation { events { totalCount } } } }`,
      { id: HERO_ID },
    );
    expect(after.data!['customer']).toMatchObject({
      firstName: null,
      email: null,
      phone: null,
      segment: 'champions',
      value: { clv: 1234.5 },
      identities: { totalCount: 0 },
      conversation: { events: { totalCount: 31 } },
    });
    expect(after.data!['customer'].erasedAt).toBeTruthy();
    expect(await t.db.dataSource.manager.countBy(TransactionEntity, { customerId: HERO_ID })).toBe(5);
  });

  it('treats a second erasure as done and refuses new interactions for an erased customer', async () => {
    const again = await t.gql(ERASE, { id: HERO_ID });
    expect(again.data!['eraseCustomer']).toMatchObject({ changed: false, identitiesDeleted: 0 });
    const { errors } = await t.gql(
      'mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { created } }',
      {
        input: {
          customerId: HERO_ID,
          source: 'x',
          externalId: 'after-erase',
          channel: 'WEB',
          direction: 'INBOUND',
          kind: 'MESSAGE',
        },
      },
      'agent' as never,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
  });

  it('answers NOT_FOUND when erasing an unknown customer, FORBIDDEN for non-admins', async () => {
    expect((await t.gql(ERASE, { id: 'nope' })).errors![0].extensions!['code']).toBe('NOT_FOUND');
    expect((await t.gql(ERASE, { id: HERO_ID }, 'offer_manager' as never)).errors![0].extensions!['code']).toBe(
      'FORBIDDEN',
    );
  });
});
