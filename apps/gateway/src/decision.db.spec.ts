import {
  bulkInsert,
  ConsentEntity,
  InteractionEntity,
  ModelStateEntity,
  OfferEntity,
  RecommendationEntity,
  testDatabaseKinds,
} from '@rapport/data-access';
import { Role } from '@rapport/graphql-schema';
import { fixtureId, HERO_ID, offerFixture } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

const NEXT_BEST_ACTIONS = /* GraphQL */ `
  query Nba($customerId: ID!, $channel: Channel!, $context: JSONObject, $limit: Int) {
    nextBestActions(customerId: $customerId, channel: $channel, context: $context, limit: $limit) {
      id
      channel
      candidateCount
      recommendations {
        id
        rank
        priority
        propensity
        contextWeight
        value
        lever
        reasons
        offer {
          code
          kind
        }
      }
      suppressed {
        stage
        ruleId
        reasons
        offer {
          code
          kind
        }
      }
    }
  }
`;

const RECORD_COMPLAINT = /* GraphQL */ `
  mutation Complaint($input: RecordInteractionInput!) {
    recordInteraction(input: $input) {
      created
    }
  }
`;

const RECORD_OUTCOME = /* GraphQL */ `
  mutation Outcome($id: ID!, $outcome: RecommendationOutcome!) {
    recordOutcome(recommendationId: $id, outcome: $outcome) {
      created
      recommendation {
        outcome
      }
    }
  }
`;

/** A catalog with sales offers on every channel and a help action for complaints. */
async function seedCatalog(t: TestGateway): Promise<void> {
  const channels = ['web', 'email', 'app', 'call_center', 'sms', 'whatsapp'];
  const treatments = Object.fromEntries(channels.map((c) => [c, `text for ${c}`]));
  await bulkInsert(t.db.dataSource.manager, OfferEntity, [
    offerFixture(41, {
      code: 'CARD-GOLD',
      kind: 'sales',
      issue: 'Sales',
      groupName: 'Cards',
      channels,
      treatments,
      value: 120,
      eligibility: null,
    }),
    offerFixture(42, {
      code: 'LOAN',
      kind: 'sales',
      issue: 'Sales',
      groupName: 'Loans',
      channels,
      treatments,
      value: 200,
      eligibility: null,
    }),
    offerFixture(43, {
      code: 'COMPLAINT-FOLLOWUP',
      kind: 'service',
      issue: 'Service',
      groupName: 'Complaints',
      channels,
      treatments,
      value: 10,
      eligibility: null,
      applicability: { var: 'conversation.hasOpenComplaint' },
    }),
  ]);
  // Marketing consent everywhere, so only the conversation can silence selling.
  await bulkInsert(
    t.db.dataSource.manager,
    ConsentEntity,
    channels.map((channel, i) => ({
      id: fixtureId(9, i + 1),
      customerId: HERO_ID,
      channel,
      purpose: 'marketing',
      status: 'granted' as const,
      source: 'test',
      updatedAt: new Date(),
    })),
    { ignoreDuplicates: true },
  );
  await t.db.dataSource.manager.update(
    ConsentEntity,
    { customerId: HERO_ID, purpose: 'marketing' },
    { status: 'granted' },
  );
  await t.db.dataSource.manager.delete(ConsentEntity, { customerId: HERO_ID, purpose: 'service', status: 'denied' });
}

describe.each(testDatabaseKinds())('next best actions through the gateway on %s', (kind) => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway(kind);
    await seedCatalog(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('explains every factor, records impressions, and learns from an outcome exactly once', async () => {
    const response = await t.gql(NEXT_BEST_ACTIONS, { customerId: HERO_ID, channel: 'WEB', limit: 3 }, Role.AGENT);
    expect(response.errors).toBeUndefined();
    const decision = response.data?.nextBestActions;
    expect(decision.recommendations.length).toBeGreaterThan(0);
    for (const r of decision.recommendations) {
      expect(r.priority).toBeCloseTo(r.propensity * r.contextWeight * r.value * r.lever, 6);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
    const stored = await t.db.dataSource.manager.find(RecommendationEntity, { where: { decisionId: decision.id } });
    expect(stored.map((s) => s.id).sort()).toEqual(decision.recommendations.map((r: { id: string }) => r.id).sort());
    const impressions = await t.db.dataSource.manager.find(InteractionEntity, {
      where: { outcome: 'impression', customerId: HERO_ID },
    });
    expect(impressions.filter((i) => stored.some((s) => s.id === i.recommendationId))).toHaveLength(stored.length);
    expect(impressions.every((i) => i.selectionProbability !== null && i.propensity !== null)).toBe(true);

    const first = decision.recommendations[0];
    const accepted = await t.gql(RECORD_OUTCOME, { id: first.id, outcome: 'ACCEPTED' }, Role.AGENT);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.recordOutcome.created).toBe(true);
    const again = await t.gql(RECORD_OUTCOME, { id: first.id, outcome: 'ACCEPTED' }, Role.AGENT);
    expect(again.data?.recordOutcome.created).toBe(false);
    const offerId = stored.find((s) => s.id === first.id)?.offerId as string;
    const model = await t.db.dataSource.manager.findOneByOrFail(ModelStateEntity, { key: `propensity:${offerId}:web` });
    expect(model.state['positives']).toBe(1); // learned once, not twice
  });

  it('One Conversation: after a complaint, no channel offers a sale and help comes first, with the reason', async () => {
    const complaint = await t.gql(
      RECORD_COMPLAINT,
      {
        input: {
          customerId: HERO_ID,
          source: 'call_center',
          externalId: `complaint-${kind}`,
          channel: 'CALL_CENTER',
          direction: 'INBOUND',
          kind: 'COMPLAINT',
          topic: 'billing',
          summary: 'Charged twice for the same order',
          sentiment: -0.9,
        },
      },
      Role.AGENT,
    );
    expect(complaint.errors).toBeUndefined();
    for (const channel of ['EMAIL', 'APP', 'SMS', 'WHATSAPP', 'CALL_CENTER']) {
      const response = await t.gql(NEXT_BEST_ACTIONS, { customerId: HERO_ID, channel, limit: 3 }, Role.AGENT);
      expect(response.errors).toBeUndefined();
      const decision = response.data?.nextBestActions;
      expect(decision.recommendations.length).toBeGreaterThan(0);
      expect(decision.recommendations.every((r: { offer: { kind: string } }) => r.offer.kind !== 'SALES')).toBe(true);
      expect(decision.recommendations[0].offer.kind).toBe('SERVICE');
      if (['EMAIL', 'SMS', 'WHATSAPP', 'CALL_CENTER'].includes(channel)) {
        // The complaint follow-up is the only service action on these channels.
        expect(decision.recommendations[0].offer.code).toBe('COMPLAINT-FOLLOWUP');
      }
      expect(decision.recommendations[0].reasons.join(' ')).toMatch(/complaint|help|service/i);
      const silenced = decision.suppressed.filter((s: { offer: { kind: string } }) => s.offer.kind === 'SALES');
      expect(silenced.length).toBeGreaterThanOrEqual(2);
      for (const s of silenced) {
        expect(['suitability', 'contact-policy']).toContain(s.stage);
        expect(s.reasons.join(' ')).toMatch(/complain/i);
      }
    }
  });

  it('decides with one read and one write transaction when the explanation is not asked for', async () => {
    const lean = /* GraphQL */ `
      query Lean($customerId: ID!) {
        nextBestActions(customerId: $customerId, channel: WEB, limit: 2) {
          id
          recommendations {
            id
            offer {
              code
            }
          }
        }
      }
    `;
    await t.gql(lean, { customerId: HERO_ID }, Role.AGENT); // builds the engine
    t.counter.start();
    const response = await t.gql(lean, { customerId: HERO_ID }, Role.AGENT);
    // The engine cache's periodic catalog check may fall in between: it is not the decision's.
    const statements = t.counter.stop().filter((s) => !/COUNT\(\*\)/.test(s));
    expect(response.errors).toBeUndefined();
    const decision = response.data?.nextBestActions;
    expect(decision.recommendations.length).toBeGreaterThan(0);
    expect(decision.recommendations.every((r: { offer: { code: string } }) => r.offer.code)).toBe(true);
    // The state in one statement; the offers shown come from the engine's catalog, not another query.
    expect(statements.filter((s) => /^\s*SELECT/i.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /^\s*INSERT/i.test(s))).toHaveLength(2);
    const stored = await t.db.dataSource.manager.countBy(RecommendationEntity, { decisionId: decision.id });
    expect(stored).toBe(decision.recommendations.length);
  });

  it('rejects bad input with typed errors and enforces roles', async () => {
    const unknown = await t.gql(NEXT_BEST_ACTIONS, { customerId: fixtureId(8, 99), channel: 'WEB' }, Role.AGENT);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tooMany = await t.gql(NEXT_BEST_ACTIONS, { customerId: HERO_ID, channel: 'WEB', limit: 500 }, Role.AGENT);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const viewer = await t.gql(NEXT_BEST_ACTIONS, { customerId: HERO_ID, channel: 'WEB' }, Role.VIEWER);
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(NEXT_BEST_ACTIONS, { customerId: HERO_ID, channel: 'WEB' }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
