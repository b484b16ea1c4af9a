import {
  BatchDecisionEntity,
  ConversationEventEntity,
  CustomerEntity,
  InteractionEntity,
  OfferEntity,
  OfferRevisionEntity,
  testDatabaseKinds,
} from '@rapport/data-access';
import { fixtureId, HERO, HERO_ID, heroBatchRecommendationId } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordInteractionInput!) {
    recordInteraction(input: $input) {
      created
      customerCreated
      customer {
        id
        email
        phone
      }
      event {
        id
        kind
        channel
        source
        externalId
        summary
      }
    }
  }
`;
const CREATE_OFFER = /* GraphQL */ `
  mutation Create($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      code
      status
      version
    }
  }
`;
const UPDATE_OFFER = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $patch: OfferPatchInput!) {
    updateOffer(id: $id, expectedVersion: $v, patch: $patch) {
      id
      name
      version
      status
    }
  }
`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishOffer(id: $id, expectedVersion: $v) { status version } }`;
const RETIRE = `mutation($id: ID!, $v: Int!) { retireOffer(id: $id, expectedVersion: $v) { status version } }`;

const interaction = (externalId: string, extra: Record<string, unknown> = {}) => ({
  source: 'web-chat',
  externalId,
  channel: 'WEB',
  direction: 'INBOUND',
  kind: 'INQUIRY',
  summary: 'Where is my parcel?',
  ...extra,
});

describe.each(testDatabaseKinds())('gateway mutations on %s', (kind) => {
  let t: TestGateway;
  const count = (
    entity:
      typeof ConversationEventEntity | typeof CustomerEntity | typeof InteractionEntity | typeof BatchDecisionEntity,
    where: object = {},
  ) => t.db.dataSource.manager.countBy(entity as typeof CustomerEntity, where);

  beforeAll(async () => {
    t = await startTestGateway(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('recordInteraction', () => {
    it('creates a customer for unknown identifiers, and the same call twice records one event', async () => {
      const input = interaction('chat-1', {
        identifiers: [
          { kind: 'EMAIL', value: 'New.Person@Example.com' },
          { kind: 'PHONE', value: '07700 900555' },
        ],
        firstName: 'New',
        lastName: 'Person',
      });
      const first = await t.gql(RECORD, { input }, 'agent' as never);
      expect(first.errors).toBeUndefined();
      expect(first.data!['recordInteraction']).toMatchObject({
        created: true,
        customerCreated: true,
        customer: { email: 'new.person@example.com', phone: '+447700900555' },
        event: { kind: 'INQUIRY', channel: 'WEB', source: 'web-chat', externalId: 'chat-1' },
      });
      const second = await t.gql(RECORD, { input }, 'service' as never);
      expect(second.data!['recordInteraction']).toMatchObject({
        created: false,
        customerCreated: false,
        event: { id: first.data!['recordInteraction'].event.id },
        customer: { id: first.data!['recordInteraction'].customer.id },
      });
      expect(await count(ConversationEventEntity, { source: 'web-chat', externalId: 'chat-1' })).toBe(1);
      expect(await count(CustomerEntity, { email: 'new.person@example.com' })).toBe(1);
    });

    it('records one event when the same call arrives five times at once', async () => {
      const input = interaction('chat-race', { identifiers: [{ kind: 'EMAIL', value: 'racer@example.com' }] });
      const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(RECORD, { input }, 'agent' as never)));
      for (const result of results) expect(result.errors).toBeUndefined();
      expect(results.filter((r) => r.data!['recordInteraction'].created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.data!['recordInteraction'].event.id)).size).toBe(1);
      expect(await count(ConversationEventEntity, { externalId: 'chat-race' })).toBe(1);
      expect(await count(CustomerEntity, { email: 'racer@example.com' })).toBe(1);
    });

    it('resolves identifiers to the existing customer (normalised as identity resolution does)', async () => {
      const byEmail = await t.gql(
        RECORD,
        { input: interaction('chat-2', { identifiers: [{ kind: 'EMAIL', value: HERO.rawEmail }] }) },
        'agent' as never,
      );
      expect(byEmail.data!['recordInteraction']).toMatchObject({ customerCreated: false, customer: { id: HERO_ID } });
      const bySourceKey = await t.gql(
        RECORD,
        {
          input: interaction('chat-3', {
            identifiers: [{ kind: 'SOURCE_KEY', source: 'loyalty', value: 'LOYALTY-6' }],
          }),
        },
        'agent' as never,
      );
      expect(bySourceKey.data!['recordInteraction'].customer.id).toBe(HERO_ID);
      const byId = await t.gql(
        RECORD,
        { input: interaction('chat-4', { customerId: HERO_ID, kind: 'COMPLAINT', topic: 'delivery' }) },
        'agent' as never,
      );
      expect(byId.data!['recordInteraction']).toMatchObject({
        created: true,
        customer: { id: HERO_ID },
        event: { kind: 'COMPLAINT' },
      });
    });

    it.each([
      ['no customer and no identifiers', interaction('bad-1'), 'BAD_USER_INPUT', 'input.identifiers'],
      [
        'an unreadable email',
        interaction('bad-2', { identifiers: [{ kind: 'EMAIL', value: 'nope' }] }),
        'BAD_USER_INPUT',
        'input.identifiers.0.value',
      ],
      [
        'an unreadable phone',
        interaction('bad-3', { identifiers: [{ kind: 'PHONE', value: '12' }] }),
        'BAD_USER_INPUT',
        'input.identifiers.0.value',
      ],
      [
        'a source key without source',
        interaction('bad-4', { identifiers: [{ kind: 'SOURCE_KEY', value: 'X' }] }),
        'BAD_USER_INPUT',
        'input.identifiers.0.source',
      ],
      [
        'a sentiment above 1',
        interaction('bad-5', { customerId: HERO_ID, sentiment: 2 }),
        'BAD_USER_INPUT',
        'sentiment',
      ],
      ['an empty externalId', interaction('', { customerId: HERO_ID }), 'BAD_USER_INPUT', 'externalId'],
      ['an unknown customer', interaction('bad-6', { customerId: 'no-such-id' }), 'NOT_FOUND', 'input.customerId'],
      [
        'a time far in the future',
        interaction('bad-7', { customerId: HERO_ID, occurredAt: '2999-01-01T00:00:00Z' }),
        'BAD_USER_INPUT',
        'input.occurredAt',
      ],
    ])('rejects %s and changes nothing', async (_case, input, code, field) => {
      const before = await count(ConversationEventEntity);
      const { errors } = await t.gql(RECORD, { input }, 'agent' as never);
      expect(errors![0].extensions).toMatchObject({ code, field });
      expect(await count(ConversationEventEntity)).toBe(before);
    });

    it('rejects an unknown enum value as a GraphQL input error', async () => {
      const { errors, status } = await t.gql(
        RECORD,
        { input: interaction('bad-8', { customerId: HERO_ID, channel: 'FAX' }) },
        'agent' as never,
      );
      expect(status).toBe(400);
      expect(errors![0].extensions!['code']).toBe('BAD_USER_INPUT');
    });

    it('rolls back a half-done interaction: no customer is left behind when the offer is unknown', async () => {
      const customersBefore = await count(CustomerEntity);
      const { errors } = await t.gql(
        RECORD,
        {
          input: interaction('bad-9', {
            identifiers: [{ kind: 'EMAIL', value: 'ghost@example.com' }],
            offerId: 'no-such-offer',
          }),
        },
        'agent' as never,
      );
      expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.offerId' });
      expect(await count(CustomerEntity)).toBe(customersBefore);
    });
  });

  describe('recordOutcome', () => {
    const OUTCOME = `mutation($id: ID!, $outcome: RecommendationOutcome!) { recordOutcome(recommendationId: $id, outcome: $outcome) {
      created recommendation { id outcome outcomeAt } } }`;

    it('stores the outcome once however often it is sent', async () => {
      const id = heroBatchRecommendationId(1);
      const first = await t.gql(OUTCOME, { id, outcome: 'ACCEPTED' }, 'service' as never);
      expect(first.errors).toBeUndefined();
      expect(first.data!['recordOutcome']).toMatchObject({
        created: true,
        recommendation: { id, outcome: 'ACCEPTED' },
      });
      const again = await t.gql(OUTCOME, { id, outcome: 'ACCEPTED' }, 'agent' as never);
      expect(again.data!['recordOutcome'].created).toBe(false);
      expect(await count(InteractionEntity, { recommendationId: id, outcome: 'accepted' })).toBe(1);
    });

    it('answers NOT_FOUND for an unknown recommendation', async () => {
      const { errors } = await t.gql(OUTCOME, { id: 'nope', outcome: 'IGNORED' }, 'agent' as never);
      expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'recommendationId' });
    });
  });

  describe('updateConsent', () => {
    const CONSENT = `mutation($input: UpdateConsentInput!) { updateConsent(input: $input) { channel purpose status source } }`;

    it('changes an existing consent and adds a new one, dropping the batch decisions made under the old one', async () => {
      expect(await count(BatchDecisionEntity, { customerId: HERO_ID })).toBe(1);
      const changed = await t.gql(
        CONSENT,
        { input: { customerId: HERO_ID, channel: 'SMS', purpose: 'MARKETING', status: 'GRANTED' } },
        'agent' as never,
      );
      expect(changed.data!['updateConsent']).toEqual({
        channel: 'SMS',
        purpose: 'MARKETING',
        status: 'GRANTED',
        source: 'gateway',
      });
      const added = await t.gql(
        CONSENT,
        { input: { customerId: HERO_ID, channel: 'APP', purpose: 'SERVICE', status: 'DENIED', source: 'app' } },
        'agent' as never,
      );
      expect(added.errors).toBeUndefined();
      const { data } = await t.gql(`query($id: ID!) { customer(id: $id) { consents { channel purpose status } } }`, {
        id: HERO_ID,
      });
      expect(data!['customer'].consents).toEqual(
        expect.arrayContaining([
          { channel: 'SMS', purpose: 'MARKETING', status: 'GRANTED' },
          { channel: 'APP', purpose: 'SERVICE', status: 'DENIED' },
        ]),
      );
      expect(data!['customer'].consents).toHaveLength(4);
      expect(await count(BatchDecisionEntity, { customerId: HERO_ID })).toBe(0);
    });

    it('answers NOT_FOUND for an unknown customer', async () => {
      const { errors } = await t.gql(
        CONSENT,
        { input: { customerId: 'nope', channel: 'SMS', purpose: 'MARKETING', status: 'GRANTED' } },
        'agent' as never,
      );
      expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.customerId' });
    });
  });

  describe('offer catalog', () => {
    const newOffer = (code: string, extra: Record<string, unknown> = {}) => ({
      code,
      name: `Offer ${code}`,
      kind: 'RETENTION',
      issue: 'Retention',
      group: 'Saves',
      channels: ['WEB', 'EMAIL'],
      treatments: [
        { channel: 'WEB', text: 'Stay with us' },
        { channel: 'EMAIL', text: 'We would miss you' },
      ],
      value: 40,
      eligibility: { '>': [{ var: 'customer.clv' }, 100] },
      validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      ...extra,
    });
    const revisions = async (offerId: string) =>
      (await t.db.dataSource.manager.find(OfferRevisionEntity, { where: { offerId }, order: { version: 'ASC' } })).map(
        (r) => ({
          version: r.version,
          action: r.action,
          actor: r.actor,
          fields: Object.keys(r.changes).sort(),
        }),
      );

    it('creates, updates, publishes and retires an offer with an exact revision history', async () => {
      const created = await t.gql(CREATE_OFFER, { input: newOffer('SAVE-1') }, 'offer_manager' as never);
      expect(created.errors).toBeUndefined();
      const { id } = created.data!['createOffer'];
      expect(created.data!['createOffer']).toMatchObject({ code: 'SAVE-1', status: 'DRAFT', version: 1 });

      const updated = await t.gql(
        UPDATE_OFFER,
        { id, v: 1, patch: { name: 'Better save', lever: 1.5 } },
        'offer_manager' as never,
      );
      expect(updated.data!['updateOffer']).toMatchObject({ name: 'Better save', version: 2 });
      const published = await t.gql(PUBLISH, { id, v: 2 }, 'admin' as never);
      expect(published.data!['publishOffer']).toEqual({ status: 'ACTIVE', version: 3 });
      const retired = await t.gql(RETIRE, { id, v: 3 }, 'offer_manager' as never);
      expect(retired.data!['retireOffer']).toEqual({ status: 'RETIRED', version: 4 });

      expect(await revisions(id)).toEqual([
        {
          version: 1,
          action: 'create',
          actor: 'dev-offer_manager',
          fields: expect.arrayContaining(['code', 'name', 'status']),
        },
        { version: 2, action: 'update', actor: 'dev-offer_manager', fields: ['lever', 'name'] },
        { version: 3, action: 'publish', actor: 'dev-admin', fields: ['status'] },
        { version: 4, action: 'retire', actor: 'dev-offer_manager', fields: ['status'] },
      ]);
      const { data } = await t.gql(
        `query($id: ID!) { offer(id: $id) { revisions(first: 1) { totalCount nodes { version action changes } } } }`,
        { id },
      );
      expect(data!['offer'].revisions).toEqual({
        totalCount: 4,
        nodes: [{ version: 4, action: 'RETIRE', changes: { status: { from: 'active', to: 'retired' } } }],
      });

      const afterRetire = await t.gql(
        UPDATE_OFFER,
        { id, v: 4, patch: { name: 'Too late' } },
        'offer_manager' as never,
      );
      expect(afterRetire.errors![0].extensions!['code']).toBe('CONFLICT');
    });

    it('gives exactly one of two concurrent updates with the same expectedVersion, the other a CONFLICT', async () => {
      const created = await t.gql(CREATE_OFFER, { input: newOffer('SAVE-RACE') }, 'offer_manager' as never);
      const { id } = created.data!['createOffer'];
      const results = await Promise.all([
        t.gql(UPDATE_OFFER, { id, v: 1, patch: { name: 'From Alice' } }, 'offer_manager' as never),
        t.gql(UPDATE_OFFER, { id, v: 1, patch: { name: 'From Bob' } }, 'admin' as never),
      ]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
      const offer = await t.db.dataSource.manager.findOneByOrFail(OfferEntity, { id });
      expect(offer.version).toBe(2);
      expect(offer.name).toBe(winners[0].data!['updateOffer'].name);
      const history = await revisions(id);
      expect(history.map((r) => [r.version, r.action])).toEqual([
        [1, 'create'],
        [2, 'update'],
      ]);
      expect(history[1].actor).toBe(winners[0] === results[0] ? 'dev-offer_manager' : 'dev-admin');
      const stored = await t.db.dataSource.manager.findOneByOrFail(OfferRevisionEntity, { offerId: id, version: 2 });
      expect(stored.changes).toEqual({ name: { from: 'Offer SAVE-RACE', to: offer.name } });
    });

    it('rejects a stale expectedVersion with CONFLICT and changes nothing', async () => {
      const { id } = (await t.gql(CREATE_OFFER, { input: newOffer('SAVE-STALE') }, 'offer_manager' as never)).data![
        'createOffer'
      ];
      await t.gql(UPDATE_OFFER, { id, v: 1, patch: { name: 'v2' } }, 'offer_manager' as never);
      const stale = await t.gql(UPDATE_OFFER, { id, v: 1, patch: { name: 'lost update' } }, 'offer_manager' as never);
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
      expect((await t.db.dataSource.manager.findOneByOrFail(OfferEntity, { id })).name).toBe('v2');
      expect(await revisions(id)).toHaveLength(2);
    });

    it.each([
      ['an unknown rule operator', { eligibility: { eval: ['x'] } }, 'eligibility.eval'],
      ['a rule with two operators', { suitability: { '==': [1, 1], '!=': [1, 2] } }, 'suitability'],
      ['a channel without treatment', { channels: ['WEB', 'SMS'] }, 'treatments.sms'],
      ['no channel', { channels: [], treatments: [] }, 'channels'],
      ['a window that is over', { validTo: '2020-01-01T00:00:00Z' }, 'validTo'],
    ])('refuses to publish an offer with %s and leaves it a draft', async (_case, patch, field) => {
      const code = `BAD-${field
        .replace(/[^a-z]/gi, '')
        .toUpperCase()
        .slice(0, 20)}`;
      // Create a valid draft, break it through the database (create/update validate rule syntax too), then publish.
      const { id } = (await t.gql(CREATE_OFFER, { input: newOffer(code) }, 'offer_manager' as never)).data![
        'createOffer'
      ];
      const broken: Partial<OfferEntity> = {};
      if ('eligibility' in patch) broken.eligibility = patch.eligibility as OfferEntity['eligibility'];
      if ('suitability' in patch) broken.suitability = patch.suitability as OfferEntity['suitability'];
      if ('channels' in patch) broken.channels = (patch.channels as string[]).map((c) => c.toLowerCase());
      if ('treatments' in patch) broken.treatments = {};
      if ('validTo' in patch) broken.validTo = new Date(patch.validTo as string);
      await t.db.dataSource.manager.update(OfferEntity, { id }, broken as never);
      const { errors } = await t.gql(PUBLISH, { id, v: 1 }, 'offer_manager' as never);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const offer = await t.db.dataSource.manager.findOneByOrFail(OfferEntity, { id });
      expect([offer.status, offer.version]).toEqual(['draft', 1]);
      expect(await revisions(id)).toHaveLength(1);
    });

    it.each([
      [
        'a bad rule on create',
        CREATE_OFFER,
        () => ({ input: newOffer('BAD-RULE', { eligibility: { nope: 1 } }) }),
        'eligibility.nope',
      ],
      ['a lower-case code', CREATE_OFFER, () => ({ input: newOffer('bad code') }), 'code'],
      ['a duplicate code', CREATE_OFFER, () => ({ input: newOffer('FIX-1') }), 'input.code'],
      ['a negative value', CREATE_OFFER, () => ({ input: newOffer('NEG', { value: -5 }) }), 'value'],
      [
        'two treatments for one channel',
        CREATE_OFFER,
        () => ({
          input: newOffer('TWICE', {
            treatments: [
              { channel: 'WEB', text: 'a' },
              { channel: 'WEB', text: 'b' },
            ],
          }),
        }),
        'input.treatments.1.channel',
      ],
      [
        'a null name in a patch',
        UPDATE_OFFER,
        () => ({ id: fixtureId(3, 4), v: 1, patch: { name: null } }),
        'patch.name',
      ],
      [
        'an inverted validity window',
        UPDATE_OFFER,
        () => ({
          id: fixtureId(3, 4),
          v: 1,
          patch: { validFrom: '2030-01-02T00:00:00Z', validTo: '2030-01-01T00:00:00Z' },
        }),
        'validTo',
      ],
    ])('rejects %s with BAD_USER_INPUT', async (_case, mutation, variables, field) => {
      const before = await t.db.dataSource.manager.count(OfferRevisionEntity);
      const { errors } = await t.gql(mutation, variables(), 'offer_manager' as never);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await t.db.dataSource.manager.count(OfferRevisionEntity)).toBe(before);
    });

    it('answers NOT_FOUND for an unknown offer and CONFLICT for publishing an active one', async () => {
      const missing = await t.gql(PUBLISH, { id: 'nope', v: 1 }, 'offer_manager' as never);
      expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const active = await t.gql(PUBLISH, { id: fixtureId(3, 2), v: 1 }, 'offer_manager' as never);
      expect(active.errors![0].extensions!['code']).toBe('CONFLICT');
    });

    it('keeps an active offer publishable: an edit that would break it is refused', async () => {
      const { errors } = await t.gql(
        UPDATE_OFFER,
        { id: fixtureId(3, 3), v: 1, patch: { channels: ['APP', 'WEB', 'SMS'] } },
        'offer_manager' as never,
      );
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'treatments.sms' });
    });
  });
});
