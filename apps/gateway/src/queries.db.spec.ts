import { testDatabaseKinds } from '@rapport/data-access';
import { CUSTOMER_360_QUERY } from './testing/customer-360.query';
import { fixtureId, HERO, HERO_ID, OTHER_ID } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

describe.each(testDatabaseKinds())('gateway queries on %s', (kind) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the customer 360 query with at most 7 SQL statements', async () => {
    t.counter.start();
    const { data, errors } = await t.gql(CUSTOMER_360_QUERY, { id: HERO_ID });
    const statements = t.counter.stop();
    expect(errors).toBeUndefined();
    const customer = data!['customer'];
    expect(customer.identities.nodes).toHaveLength(10);
    expect(customer.identities.totalCount).toBe(10);
    expect(customer.conversation.events.edges).toHaveLength(20);
    expect(customer.conversation.events.pageInfo.hasNextPage).toBe(true);
    expect(customer.recommendations.nodes.map((r: any) => r.offer.code)).toEqual(['FIX-1', 'FIX-2', 'FIX-3']);
    expect(customer.value).toMatchObject({ clv: 1234.5, pAlive: 0.9 });
    expect(customer.consents).toHaveLength(3);
    expect(statements.length).toBeLessThanOrEqual(7);
    // customer, identities, consents, events, real-time recommendations, batch decisions, offers
    expect(statements).toHaveLength(7);
  });

  it('pages through the timeline with cursors and filters it by channel, kind and time', async () => {
    const page = (after: string | null) =>
      t.gql(
        `query($id: ID!, $after: String) { customer(id: $id) { conversation { events(first: 12, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id occurredAt } } } } }`,
        { id: HERO_ID, after },
      );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { data, errors } = await page(after);
      expect(errors).toBeUndefined();
      const events = data!['customer'].conversation.events;
      expect(events.totalCount).toBe(31);
      seen.push(...events.nodes.map((n: any) => n.occurredAt));
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(31);
    expect([...seen].sort().reverse()).toEqual(seen);

    const filtered = await t.gql(
      `query($id: ID!, $from: DateTime!) { customer(id: $id) { conversation { events(filter: { channels: [CALL_CENTER], kinds: [COMPLAINT], from: $from }) {
        totalCount nodes { kind channel summary } } } } }`,
      { id: HERO_ID, from: new Date(Date.now() - 10 * 86_400_000).toISOString() },
    );
    expect(filtered.data!['customer'].conversation.events).toEqual({
      totalCount: 1,
      nodes: [{ kind: 'COMPLAINT', channel: 'CALL_CENTER', summary: `${HERO.firstName} was charged twice` }],
    });
  });

  it('derives open topics, mood, last contact, quiet-until and contact counts', async () => {
    const { data } = await t.gql(
      `query($id: ID!) { customer(id: $id) { conversation { openTopics { topic kind channel } mood { score trend } lastContactAt quietUntil contactCounts { channel last7Days last30Days } } } }`,
      { id: HERO_ID },
    );
    const conversation = data!['customer'].conversation;
    expect(conversation.openTopics).toEqual([{ topic: 'billing', kind: 'COMPLAINT', channel: 'CALL_CENTER' }]);
    expect(new Date(conversation.quietUntil).getTime()).toBeGreaterThan(Date.now());
    expect(conversation.contactCounts.length).toBeGreaterThan(0);
    expect(conversation.lastContactAt).toBeTruthy();
  });

  it('returns NOT_FOUND for an unknown customer or offer id', async () => {
    const customer = await t.gql('{ customer(id: "nope") { id } }');
    expect(customer.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const offer = await t.gql('{ offer(id: "nope") { id } }');
    expect(offer.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it.each([
    ['EMAIL', HERO.rawEmail, null],
    ['EMAIL', 'ZOEOBRIEN@gmail.com', null],
    ['PHONE', HERO.rawPhone, null],
    ['PHONE', '+44 7700 900123', null],
    ['SOURCE_KEY', 'CRM-0', 'crm'],
  ])('finds a customer by %s %p (normalised)', async (kindName, value, source) => {
    const { data, errors } = await t.gql(
      `query($kind: IdentifierKind!, $value: String!, $source: String) { customerByIdentifier(kind: $kind, value: $value, source: $source) { id } }`,
      { kind: kindName, value, source },
    );
    expect(errors).toBeUndefined();
    expect(data!['customerByIdentifier']).toEqual({ id: HERO_ID });
  });

  it('answers null for an identifier nobody has, and BAD_USER_INPUT for one that cannot be read', async () => {
    const none = await t.gql('{ customerByIdentifier(kind: EMAIL, value: "nobody@example.com") { id } }');
    expect(none.data!['customerByIdentifier']).toBeNull();
    const bad = await t.gql('{ customerByIdentifier(kind: EMAIL, value: "not-an-email") { id } }');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifier.0.value' });
    const noSource = await t.gql('{ customerByIdentifier(kind: SOURCE_KEY, value: "CRM-0") { id } }');
    expect(noSource.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifier.0.source' });
  });

  it('lists customers by filter and order with offset cursors and a total', async () => {
    const first = await t.gql(`{ customers(filter: { minValue: 100 }, orderBy: VALUE_DESC, first: 3) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id value { clv } } } }`);
    const connection = first.data!['customers'];
    expect(connection.totalCount).toBe(9);
    expect(connection.nodes[0].id).toBe(HERO_ID);
    const clvs = connection.nodes.map((n: any) => n.value.clv);
    expect([...clvs].sort((a, b) => b - a)).toEqual(clvs);
    const next = await t.gql(
      `query($after: String) { customers(filter: { minValue: 100 }, orderBy: VALUE_DESC, first: 3, after: $after) {
      pageInfo { hasPreviousPage } nodes { id } } }`,
      { after: connection.pageInfo.endCursor },
    );
    expect(next.data!['customers'].pageInfo.hasPreviousPage).toBe(true);
    expect(next.data!['customers'].nodes.map((n: any) => n.id)).not.toContain(HERO_ID);

    const bySearch = async (search: string) =>
      (await t.gql('query($s: String) { customers(filter: { search: $s }) { nodes { id } } }', { s: search })).data![
        'customers'
      ].nodes.map((n: any) => n.id);
    expect(await bySearch('ann')).toEqual([OTHER_ID]);
    expect(await bySearch('Ann Oth')).toEqual([OTHER_ID]);
    expect(await bySearch('ANN.OTHER@example.com')).toEqual([OTHER_ID]);
    expect(await bySearch('07700 900999')).toEqual([OTHER_ID]);
    const segment = await t.gql('{ customers(filter: { segment: "loyal" }) { totalCount } }');
    expect(segment.data!['customers'].totalCount).toBe(4);
  });

  it('lists offers by status, kind, channel and search, with revisions', async () => {
    const codes = async (filter: string) =>
      (await t.gql(`{ offers(filter: ${filter}) { totalCount nodes { code } } }`)).data!['offers'].nodes.map(
        (n: any) => n.code,
      );
    expect(await codes('{ status: ACTIVE }')).toEqual(['FIX-1', 'FIX-2', 'FIX-3']);
    expect(await codes('{ kind: RETENTION }')).toEqual(['FIX-2']);
    expect(await codes('{ channel: APP }')).toEqual(['FIX-3']);
    expect(await codes('{ search: "old" }')).toEqual(['OLD-5']);
    const { data } = await t.gql(
      `query($id: ID!) { offer(id: $id) { code treatments { channel text } revisions { totalCount nodes { version action actor } } } }`,
      {
        id: fixtureId(3, 1),
      },
    );
    expect(data!['offer']).toEqual({
      code: 'FIX-1',
      treatments: [
        { channel: 'WEB', text: 'Go gold' },
        { channel: 'EMAIL', text: 'Your gold card' },
      ],
      revisions: { totalCount: 1, nodes: [{ version: 1, action: 'CREATE', actor: 'fixture' }] },
    });
  });

  it('masks contact details for viewers and shows them to agents', async () => {
    const query = `query($id: ID!) { customer(id: $id) { email phone dateOfBirth addressLine contactMasked identities(first: 1) { nodes { email } } } }`;
    const viewer = await t.gql(query, { id: HERO_ID }, 'viewer' as never);
    expect(viewer.data!['customer']).toEqual({
      email: 'z***@gmail.com',
      phone: '+44•••••••123',
      dateOfBirth: null,
      addressLine: null,
      contactMasked: true,
      identities: { nodes: [{ email: 'Z***@GoogleMail.com' }] },
    });
    const agent = await t.gql(query, { id: HERO_ID }, 'agent' as never);
    expect(agent.data!['customer']).toMatchObject({
      email: HERO.email,
      phone: HERO.phone,
      dateOfBirth: HERO.dateOfBirth,
      contactMasked: false,
    });
  });

  it('shows transactions newest first and current recommendations only', async () => {
    const { data } = await t.gql(
      `query($id: ID!) { customer(id: $id) {
      transactions(first: 2) { totalCount nodes { externalId amount } }
      recommendations { totalCount nodes { id } }
      other: recommendations(channel: EMAIL) { totalCount } } }`,
      { id: HERO_ID },
    );
    expect(data!['customer'].transactions).toEqual({
      totalCount: 5,
      nodes: [
        { externalId: 'rcpt-1', amount: 10 },
        { externalId: 'rcpt-2', amount: 11 },
      ],
    });
    expect(data!['customer'].recommendations.totalCount).toBe(3);
    expect(data!['customer'].other.totalCount).toBe(0);
  });

  it('batches a list of customers with their relations into a constant number of statements', async () => {
    t.counter.start();
    const { errors } = await t.gql(`{ customers(first: 10) { nodes { id identities { totalCount } consents { channel }
      conversation { events(first: 5) { nodes { id offer { code } } } } recommendations { nodes { offer { code } } } } } }`);
    const statements = t.counter.stop();
    expect(errors).toBeUndefined();
    expect(statements.length).toBeLessThanOrEqual(7);
  });
});
