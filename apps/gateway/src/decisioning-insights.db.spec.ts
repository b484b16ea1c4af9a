import { bulkInsert, RecommendationEntity, testDatabaseKinds } from '@rapport/data-access';
import { measureLift } from '@rapport/decisioning';
import { Role } from '@rapport/graphql-schema';
import { uuidV7 } from '@rapport/shared-util';
import { fixtureId, HERO_ID } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

const PROPENSITY_MODELS = /* GraphQL */ `
  query Models($offerId: ID, $channel: Channel, $minEvidence: Int, $first: Int) {
    propensityModels(offerId: $offerId, channel: $channel, minEvidence: $minEvidence, first: $first) {
      totalCount
      pooledAuc
      models {
        offerId
        offer {
          code
          status
        }
        channel
        segment
        evidence
        positives
        negatives
        propensity
        auc
      }
    }
  }
`;

const DECISION_LIFT = /* GraphQL */ `
  query Lift($since: DateTime!, $until: DateTime, $channel: Channel, $offerId: ID, $confidence: Float) {
    decisionLift(since: $since, until: $until, channel: $channel, offerId: $offerId, confidence: $confidence) {
      since
      until
      positiveOutcomes
      model {
        recommendations
        positives
        rate
      }
      control {
        recommendations
        positives
        rate
      }
      lift
      difference
      differenceLower
      differenceUpper
      confidence
    }
  }
`;

const RECORD_OUTCOME = /* GraphQL */ `
  mutation Outcome($id: ID!, $outcome: RecommendationOutcome!) {
    recordOutcome(recommendationId: $id, outcome: $outcome) {
      created
    }
  }
`;

const HOUR = 3_600_000;
/** FIX-1 (active, web and email) and FIX-5 (retired): see gateway-fixtures. */
const ACTIVE_OFFER = fixtureId(3, 1);
const RETIRED_OFFER = fixtureId(3, 5);

/**
 * A stored real-time recommendation. Its id is a UUIDv7 of its time, as the gateway makes them (the
 * lift report reads its window by id); decision ids in group 41, unused by the fixtures.
 */
function recommendation(n: number, overrides: Partial<RecommendationEntity>): RecommendationEntity {
  const generatedAt = overrides.generatedAt ?? new Date(Date.now() - HOUR);
  return Object.assign(new RecommendationEntity(), {
    id: uuidV7(generatedAt.getTime()),
    customerId: HERO_ID,
    offerId: ACTIVE_OFFER,
    channel: 'web',
    decisionId: fixtureId(41, n),
    rank: 1,
    priority: 1,
    propensity: 0.2,
    contextWeight: 1,
    value: 50,
    lever: 1,
    reasons: [],
    modelVersion: 'test',
    source: 'realtime',
    batchRunId: null,
    control: false,
    generatedAt,
    expiresAt: new Date(generatedAt.getTime() + 24 * HOUR),
    outcome: null,
    outcomeAt: null,
    ...overrides,
  });
}

describe.each(testDatabaseKinds())('decisioning insights through the gateway on %s', (kind) => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports each propensity model learned from outcomes, with its evidence and AUC', async () => {
    // Five answered recommendations: FIX-1 on web twice accepted (propensities 0.6, 0.5) and once
    // rejected (0.1); FIX-1 on email accepted; the retired FIX-5 on web rejected.
    const answers: Array<[Partial<RecommendationEntity>, string]> = [
      [{ propensity: 0.6 }, 'ACCEPTED'],
      [{ propensity: 0.5 }, 'CLICKED'],
      [{ propensity: 0.1 }, 'REJECTED'],
      [{ channel: 'email', propensity: 0.3 }, 'ACCEPTED'],
      [{ offerId: RETIRED_OFFER, propensity: 0.2 }, 'REJECTED'],
    ];
    const rows = answers.map(([overrides], i) => recommendation(100 + i, overrides));
    await bulkInsert(t.db.dataSource.manager, RecommendationEntity, rows);
    for (const [i, [, outcome]] of answers.entries()) {
      const answered = await t.gql(RECORD_OUTCOME, { id: rows[i].id, outcome }, Role.AGENT);
      expect(answered.errors).toBeUndefined();
    }

    const { data, errors } = await t.gql(PROPENSITY_MODELS, { channel: 'WEB' }, Role.VIEWER);
    expect(errors).toBeUndefined();
    const report = data!['propensityModels'];
    const byOffer = new Map(report.models.map((m: { offerId: string }) => [m.offerId, m]));
    expect(byOffer.get(ACTIVE_OFFER)).toMatchObject({
      offer: { code: 'FIX-1', status: 'ACTIVE' },
      channel: 'WEB',
      evidence: 3,
      positives: 2,
      negatives: 1,
      // Every success was given a higher propensity than the failure.
      auc: 1,
    });
    const active = byOffer.get(ACTIVE_OFFER) as { propensity: number };
    expect(active.propensity).toBeGreaterThan(0.3);
    expect(active.propensity).toBeLessThan(2 / 3);
    // A retired offer is not in the engine's catalog: it is read from the database.
    expect(byOffer.get(RETIRED_OFFER)).toMatchObject({
      offer: { code: 'OLD-5' },
      evidence: 1,
      positives: 0,
      auc: null,
    });
    expect(report.models.every((m: { channel: string }) => m.channel === 'WEB')).toBe(true);
    expect(report.pooledAuc).toBeGreaterThan(0.5);

    // Every channel, the pooled models (channel null) included, most evidence first.
    const all = (await t.gql(PROPENSITY_MODELS, { offerId: ACTIVE_OFFER }, Role.VIEWER)).data!['propensityModels'];
    const pooled = all.models.find((m: { channel: string | null; segment: string | null }) => !m.channel && !m.segment);
    expect(pooled).toMatchObject({ evidence: 4, positives: 3 });
    expect(all.models[0].evidence).toBe(4);
    const evidence = all.models.map((m: { evidence: number }) => m.evidence);
    expect(evidence).toEqual([...evidence].sort((a, b) => b - a));
    expect(all.models.some((m: { channel: string }) => m.channel === 'EMAIL')).toBe(true);
    const firstTwo = (await t.gql(PROPENSITY_MODELS, { offerId: ACTIVE_OFFER, first: 2 }, Role.VIEWER)).data![
      'propensityModels'
    ];
    expect(firstTwo.models).toHaveLength(2);
    expect(firstTwo.totalCount).toBe(all.totalCount);
    const strong = (await t.gql(PROPENSITY_MODELS, { minEvidence: 4 }, Role.VIEWER)).data!['propensityModels'];
    expect(strong.models.every((m: { evidence: number }) => m.evidence >= 4)).toBe(true);
    expect(strong.totalCount).toBeGreaterThan(0);
  });

  it('measures the lift of model-driven recommendations over the control group, in a window', async () => {
    // A window that ends before the recommendations the test above answered.
    const since = new Date(Date.now() - 10 * HOUR);
    const until = new Date(Date.now() - 2 * HOUR);
    const inWindow = new Date(Date.now() - 5 * HOUR);
    const rows: RecommendationEntity[] = [];
    let n = 200;
    const add = (count: number, overrides: Partial<RecommendationEntity>) => {
      for (let i = 0; i < count; i++) rows.push(recommendation(n++, { generatedAt: inWindow, ...overrides }));
    };
    // Model-driven on web: 12 accepted, 3 clicked, 5 rejected, 20 unanswered (15 of 40 succeed).
    add(11, { outcome: 'accepted' });
    // At the window's end, with an id made a little after its generatedAt (the id is made after the
    // request started): still counted.
    rows.push(
      recommendation(n++, {
        id: uuidV7(until.getTime() + 50),
        generatedAt: new Date(until.getTime() - 1),
        outcome: 'accepted',
      }),
    );
    add(3, { outcome: 'clicked' });
    add(5, { outcome: 'rejected' });
    add(20, {});
    // Control on web: 1 of 10 accepted.
    add(1, { control: true, outcome: 'accepted' });
    add(9, { control: true });
    // Not counted: before the window, batch rows, and (for the web filter) another channel.
    add(7, { generatedAt: new Date(since.getTime() - HOUR), outcome: 'accepted' });
    add(2, { generatedAt: new Date(until.getTime() + HOUR / 2), outcome: 'accepted' });
    add(4, { source: 'batch', outcome: 'accepted' });
    add(6, { channel: 'email', outcome: 'accepted' });
    await bulkInsert(t.db.dataSource.manager, RecommendationEntity, rows);

    const { data, errors } = await t.gql(DECISION_LIFT, { since, until, channel: 'WEB', confidence: 0.9 }, Role.VIEWER);
    expect(errors).toBeUndefined();
    const lift = data!['decisionLift'];
    expect(lift.positiveOutcomes.sort()).toEqual(['accepted', 'clicked']);
    expect(lift.model).toEqual({ recommendations: 40, positives: 15, rate: 15 / 40 });
    expect(lift.control).toEqual({ recommendations: 10, positives: 1, rate: 0.1 });
    // The same figures as the lib's measureLift over the individual recommendations.
    const expected = measureLift(
      [
        ...Array.from({ length: 40 }, (_, i) => ({ control: false, reward: i < 15 ? 1 : 0 })),
        ...Array.from({ length: 10 }, (_, i) => ({ control: true, reward: i < 1 ? 1 : 0 })),
      ],
      0.9,
    );
    expect(lift.lift).toBeCloseTo(expected.lift as number, 10);
    expect(lift.lift).toBeCloseTo(2.75, 10);
    expect(lift.difference).toBeCloseTo(0.275, 10);
    expect(lift.differenceLower).toBeCloseTo(expected.differenceLower, 10);
    expect(lift.differenceUpper).toBeCloseTo(expected.differenceUpper, 10);
    expect(lift.confidence).toBe(0.9);

    // Without the channel filter the email rows count too; the offer filter keeps FIX-1's rows.
    const everyChannel = (await t.gql(DECISION_LIFT, { since, until }, Role.VIEWER)).data!['decisionLift'];
    expect(everyChannel.model).toMatchObject({ recommendations: 46, positives: 21 });
    const otherOffer = (await t.gql(DECISION_LIFT, { since, until, offerId: RETIRED_OFFER }, Role.VIEWER)).data![
      'decisionLift'
    ];
    expect(otherOffer.model.recommendations).toBe(0);
    expect(otherOffer.lift).toBeNull();
  });

  it('rejects bad windows and confidences with typed errors, and anonymous callers', async () => {
    const now = Date.now();
    const code = async (variables: Record<string, unknown>, role: Role | null = Role.VIEWER) =>
      (await t.gql(DECISION_LIFT, variables, role)).errors?.[0]?.extensions?.['code'];
    expect(await code({ since: new Date(now + HOUR) })).toBe('BAD_USER_INPUT');
    expect(await code({ since: new Date(now - 500 * 24 * HOUR) })).toBe('BAD_USER_INPUT');
    expect(await code({ since: new Date(now - HOUR), confidence: 0.2 })).toBe('BAD_USER_INPUT');
    expect(await code({ since: new Date(now - HOUR) }, null)).toBe('UNAUTHENTICATED');
    const models = await t.gql(PROPENSITY_MODELS, { first: -1 }, Role.VIEWER);
    expect(models.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await t.gql(PROPENSITY_MODELS, {}, null)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
