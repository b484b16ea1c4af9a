import { IdentityEntity, testDatabaseKinds } from '@rapport/data-access';
import { Role } from '@rapport/graphql-schema';
import { HERO_ID, OTHER_ID } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

const MERGE = `mutation ($from: ID!, $to: ID!) { mergeCustomers(fromCustomerId: $from, toCustomerId: $to, evidence: { reason: "same person" }) { id kind identityIds evidence } }`;
const UNDO = `mutation ($id: ID!) { undoIdentityLink(linkEventId: $id) { id undoneAt } }`;
const SPLIT = `mutation ($id: ID!) { splitIdentity(identityId: $id) { id kind toCustomerId identityIds } }`;

describe.each(testDatabaseKinds())('identity corrections through the gateway on %s', (kind) => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const identitiesOf = async (customerId: string) =>
    (await t.db.dataSource.manager.find(IdentityEntity, { where: { customerId } })).map((i) => i.id).sort();

  it('splits an identity off, merges it back, and undoes the merge exactly; only admins may', async () => {
    const heroBefore = await identitiesOf(HERO_ID);
    const [first] = heroBefore;
    const split = await t.gql(SPLIT, { id: first }, Role.ADMIN);
    expect(split.errors).toBeUndefined();
    const newCustomer = split.data?.splitIdentity.toCustomerId as string;
    expect(newCustomer).not.toBe(HERO_ID);
    expect(await identitiesOf(newCustomer)).toEqual([first]);
    const heroAfterSplit = await identitiesOf(HERO_ID);
    expect(heroAfterSplit).not.toContain(first);

    const forbidden = await t.gql(MERGE, { from: newCustomer, to: HERO_ID }, Role.AGENT);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await identitiesOf(newCustomer)).toEqual([first]);

    const merged = await t.gql(MERGE, { from: newCustomer, to: HERO_ID }, Role.ADMIN);
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeCustomers.kind).toBe('merge');
    expect(merged.data?.mergeCustomers.evidence).toEqual({ match: { reason: 'same person' } }); // undo state stays server-side
    expect(await identitiesOf(HERO_ID)).toEqual(heroBefore);

    const undone = await t.gql(UNDO, { id: merged.data?.mergeCustomers.id }, Role.ADMIN);
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoIdentityLink.undoneAt).not.toBeNull();
    expect(await identitiesOf(HERO_ID)).toEqual(heroAfterSplit);
    expect(await identitiesOf(newCustomer)).toEqual([first]);

    const twice = await t.gql(UNDO, { id: merged.data?.mergeCustomers.id }, Role.ADMIN);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const unknown = await t.gql(SPLIT, { id: '00000000-0000-4000-8000-00000000dead' }, Role.ADMIN);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const self = await t.gql(MERGE, { from: OTHER_ID, to: OTHER_ID }, Role.ADMIN);
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
