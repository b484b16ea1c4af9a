import { bulkInsert, CustomerEntity, OfferEntity, testDatabaseKinds } from '@rapport/data-access';
import { Role } from '@rapport/graphql-schema';
import { signToken } from './auth/jwt';
import { DEV_JWT_SECRET } from './config';
import { fixtureId, HERO_ID, heroBatchRecommendationId, offerFixture } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

type Operation = { query: string; variables?: Record<string, unknown> };

const { VIEWER, AGENT, OFFER_MANAGER, ADMIN, SERVICE } = Role;
const EVERYONE = [VIEWER, AGENT, OFFER_MANAGER, ADMIN, SERVICE];

let sequence = 100;
/** A fresh draft offer (straight into the database) so every allowed call has something valid to change. */
async function freshOffer(t: TestGateway, status: OfferEntity['status'] = 'draft'): Promise<string> {
  const n = ++sequence;
  const offer = offerFixture(n, { code: `AUTH-${n}`, status, validTo: new Date(Date.now() + 86_400_000) });
  await bulkInsert(t.db.dataSource.manager, OfferEntity, [offer]);
  return offer.id;
}

/** Operation → the roles allowed to run it, and how to build one valid call of it. */
const MATRIX: Array<[string, Role[], (t: TestGateway) => Promise<Operation>]> = [
  ['customer', EVERYONE, async () => ({ query: `{ customer(id: "${HERO_ID}") { id } }` })],
  [
    'customerByIdentifier',
    EVERYONE,
    async () => ({ query: '{ customerByIdentifier(kind: EMAIL, value: "x@example.com") { id } }' }),
  ],
  ['customers', EVERYONE, async () => ({ query: '{ customers(first: 1) { totalCount } }' })],
  ['offer', EVERYONE, async () => ({ query: `{ offer(id: "${fixtureId(3, 1)}") { id } }` })],
  ['offers', EVERYONE, async () => ({ query: '{ offers { totalCount } }' })],
  [
    'recordInteraction',
    [AGENT, SERVICE, ADMIN],
    async () => ({
      query: 'mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { created } }',
      variables: {
        input: {
          customerId: HERO_ID,
          source: 'auth',
          externalId: `auth-${++sequence}`,
          channel: 'APP',
          direction: 'INBOUND',
          kind: 'MESSAGE',
        },
      },
    }),
  ],
  [
    'recordOutcome',
    [AGENT, SERVICE, ADMIN],
    async () => ({
      query: `mutation { recordOutcome(recommendationId: "${heroBatchRecommendationId(2)}", outcome: IMPRESSION, idempotencyKey: "auth-${++sequence}") { created } }`,
    }),
  ],
  [
    'updateConsent',
    [AGENT, SERVICE, ADMIN],
    async () => ({
      query: `mutation { updateConsent(input: { customerId: "${HERO_ID}", channel: EMAIL, purpose: SERVICE, status: GRANTED }) { status } }`,
    }),
  ],
  [
    'createOffer',
    [OFFER_MANAGER, ADMIN],
    async () => ({
      query: `mutation { createOffer(input: { code: "NEW-${++sequence}", name: "n", kind: SALES, issue: "Sales", group: "Cards" }) { id } }`,
    }),
  ],
  [
    'updateOffer',
    [OFFER_MANAGER, ADMIN],
    async (t) => ({
      query: `mutation { updateOffer(id: "${await freshOffer(t)}", expectedVersion: 1, patch: { name: "x" }) { version } }`,
    }),
  ],
  [
    'publishOffer',
    [OFFER_MANAGER, ADMIN],
    async (t) => ({ query: `mutation { publishOffer(id: "${await freshOffer(t)}", expectedVersion: 1) { status } }` }),
  ],
  [
    'retireOffer',
    [OFFER_MANAGER, ADMIN],
    async (t) => ({
      query: `mutation { retireOffer(id: "${await freshOffer(t, 'active')}", expectedVersion: 1) { status } }`,
    }),
  ],
  ['exportCustomerData', [ADMIN], async () => ({ query: `mutation { exportCustomerData(id: "${HERO_ID}") }` })],
  [
    'eraseCustomer',
    [ADMIN],
    async (t) => {
      const id = fixtureId(10, ++sequence);
      await t.db.dataSource.manager.insert(CustomerEntity, {
        id,
        firstName: 'Erase',
        lastName: 'Me',
        version: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      return { query: `mutation { eraseCustomer(id: "${id}") { changed } }` };
    },
  ],
];

const CASES = MATRIX.flatMap(([operation, allowed, build]) =>
  EVERYONE.map((role) => [operation, role, allowed.includes(role), build] as const),
);

describe.each(testDatabaseKinds())('auth matrix on %s', (kind) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(CASES)('%s as %s → allowed: %s', async (_operation, role, allowed, build) => {
    const { query, variables } = await build(t);
    const { errors } = await t.gql(query, variables, role);
    if (allowed) expect(errors).toBeUndefined();
    else expect(errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it.each(MATRIX.map(([operation, , build]) => [operation, build] as const))(
    '%s without a token → UNAUTHENTICATED',
    async (_operation, build) => {
      const { query, variables } = await build(t);
      const { errors } = await t.gql(query, variables, null);
      expect(errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    },
  );

  it.each([
    [
      'a token signed with another secret',
      `Bearer ${signToken('another-secret-that-is-long-enough-0123456789', 'mallory', ADMIN)}`,
    ],
    ['an expired token', `Bearer ${signToken(DEV_JWT_SECRET, 'old', ADMIN, -10)}`],
    ['a token with an unknown role', `Bearer ${signToken(DEV_JWT_SECRET, 'x', 'root' as Role)}`],
    ['a malformed header', 'Token abc'],
  ])('refuses %s with HTTP 401 UNAUTHENTICATED', async (_case, authorization) => {
    const response = await fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ offers { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
