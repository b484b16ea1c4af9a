import {
  BatchDecisionEntity,
  batchChannelDecisionId,
  batchRecommendationId,
  bulkInsert,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  IdentityEntity,
  OfferEntity,
  OfferRevisionEntity,
  RecommendationEntity,
  toBatchDecisionsId,
  TransactionEntity,
  upsertBatchDecisions,
} from '@rapport/data-access';
import { type DataSource } from 'typeorm';

/** Fixed "now" of the fixtures; events and recommendations are placed relative to it. */
export const FIXTURE_NOW = new Date();
const MS_PER_DAY = 86_400_000;
const daysAgo = (days: number) => new Date(FIXTURE_NOW.getTime() - days * MS_PER_DAY);

/** Deterministic uuid-shaped ids: id(1, 7) → 00000001-0000-4000-8000-000000000007. */
export const fixtureId = (group: number, n: number) =>
  `${String(group).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const HERO_ID = fixtureId(1, 1);
export const OTHER_ID = fixtureId(1, 2);
/** The hero's batch row, its current web decision (slot 0) and the ids of its recommendations, ranks 1–3. */
export const HERO_BATCH_ROW_ID = toBatchDecisionsId(fixtureId(7, 1));
export const HERO_BATCH_DECISION_ID = batchChannelDecisionId(HERO_BATCH_ROW_ID, 0);
export const heroBatchRecommendationId = (rank: number) => batchRecommendationId(HERO_BATCH_DECISION_ID, rank);
export const HERO = {
  firstName: 'Zoë',
  lastName: "O'Brien-Łukasz",
  email: 'zoeobrien@gmail.com',
  rawEmail: 'Zoe.OBrien+shop@GoogleMail.com',
  phone: '+447700900123',
  rawPhone: '07700 900123',
  dateOfBirth: '1984-02-29',
  addressLine: '12 Rue de l’Église',
  postcode: 'SW1A1AA',
};

function customer(id: string, overrides: Partial<CustomerEntity>): CustomerEntity {
  return Object.assign(new CustomerEntity(), {
    id,
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    dateOfBirth: null,
    addressLine: null,
    postcode: null,
    city: null,
    segment: null,
    clv: null,
    pAlive: null,
    expectedPurchases: null,
    expectedSpend: null,
    valueUpdatedAt: null,
    erasedAt: null,
    version: 1,
    createdAt: daysAgo(400),
    updatedAt: daysAgo(400),
    ...overrides,
  });
}

export function offerFixture(n: number, overrides: Partial<OfferEntity> = {}): OfferEntity {
  return Object.assign(new OfferEntity(), {
    id: fixtureId(3, n),
    code: `FIX-${n}`,
    name: `Fixture offer ${n}`,
    description: '',
    kind: 'sales',
    issue: 'Sales',
    groupName: 'Cards',
    channels: ['web', 'email'],
    treatments: { web: 'Go gold', email: 'Your gold card' },
    value: 50,
    lever: 1,
    mode: 'default',
    eligibility: { '>=': [{ var: 'customer.attributes.age' }, 18] },
    applicability: null,
    suitability: null,
    validFrom: null,
    validTo: null,
    status: 'active',
    version: 1,
    createdAt: daysAgo(100),
    updatedAt: daysAgo(100),
    ...overrides,
  });
}

/**
 * A small world: the "hero" customer (10 identities, 30 events, 3 current recommendations with
 * their offers plus an expired one, consents, purchases, CLV figures), a second customer, and
 * 5 offers (3 active, a draft, a retired one).
 */
export async function seedGatewayFixtures(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, CustomerEntity, [
      customer(HERO_ID, {
        firstName: HERO.firstName,
        lastName: HERO.lastName,
        email: HERO.email,
        phone: HERO.phone,
        dateOfBirth: HERO.dateOfBirth,
        addressLine: HERO.addressLine,
        postcode: HERO.postcode,
        city: 'London',
        segment: 'champions',
        clv: 1234.5,
        pAlive: 0.9,
        expectedPurchases: 4.2,
        expectedSpend: 55.5,
        valueUpdatedAt: daysAgo(1),
      }),
      customer(OTHER_ID, {
        firstName: 'Ann',
        lastName: 'Other',
        email: 'ann.other@example.com',
        phone: '+447700900999',
        segment: 'new',
        clv: 10,
      }),
      ...Array.from({ length: 8 }, (_, i) =>
        customer(fixtureId(1, 10 + i), {
          firstName: `Filler${i}`,
          lastName: 'Smith',
          segment: i % 2 ? 'loyal' : 'at_risk',
          clv: 100 + i * 50,
        }),
      ),
    ]);
    const sources = ['crm', 'web', 'call_center', 'whatsapp', 'email', 'store', 'loyalty', 'app', 'pos', 'survey'];
    await bulkInsert(
      manager,
      IdentityEntity,
      sources.map((source, i) =>
        Object.assign(new IdentityEntity(), {
          id: fixtureId(2, i + 1),
          customerId: HERO_ID,
          source,
          sourceKey: `${source.toUpperCase()}-${i}`,
          firstName: i % 2 ? 'Zoe' : HERO.firstName,
          lastName: HERO.lastName,
          email: i < 5 ? HERO.rawEmail : null,
          emailNormalized: i < 5 ? HERO.email : null,
          phone: i >= 5 ? HERO.rawPhone : null,
          phoneNormalized: i >= 5 ? HERO.phone : null,
          dateOfBirth: HERO.dateOfBirth,
          addressLine: HERO.addressLine,
          postcode: HERO.postcode,
          city: 'London',
          attributes: { tier: 'gold' },
          matchEvidence: {
            score: 12.5 - i,
            method: 'probabilistic',
            comparisons: { email: { level: 'exact', weight: 9 } },
          },
          createdAt: daysAgo(300 - i),
          updatedAt: daysAgo(300 - i),
        }),
      ),
    );
    await bulkInsert(manager, OfferEntity, [
      offerFixture(1),
      offerFixture(2, { kind: 'retention', channels: ['call_center'], treatments: { call_center: 'Save offer' } }),
      offerFixture(3, { kind: 'service', channels: ['app', 'web'], treatments: { app: 'Help', web: 'Help' } }),
      offerFixture(4, { status: 'draft' }),
      offerFixture(5, { status: 'retired', code: 'OLD-5' }),
    ]);
    await bulkInsert(manager, OfferRevisionEntity, [
      Object.assign(new OfferRevisionEntity(), {
        id: fixtureId(4, 1),
        offerId: fixtureId(3, 1),
        version: 1,
        action: 'create',
        actor: 'fixture',
        changes: { name: { from: null, to: 'Fixture offer 1' } },
        snapshot: { code: 'FIX-1' },
        createdAt: daysAgo(100),
      }),
    ]);
    const kinds = ['purchase', 'inquiry', 'page_view', 'message', 'offer_presented'];
    const channels = ['web', 'app', 'call_center', 'email', 'store'];
    const events: ConversationEventEntity[] = Array.from({ length: 30 }, (_, i) =>
      Object.assign(new ConversationEventEntity(), {
        id: fixtureId(5, i + 1),
        customerId: HERO_ID,
        identityId: fixtureId(2, (i % 10) + 1),
        source: 'fixture',
        externalId: `ev-${i + 1}`,
        channel: channels[i % channels.length],
        direction: i % 3 === 0 ? 'outbound' : 'inbound',
        kind: kinds[i % kinds.length],
        topic: null,
        occurredAt: daysAgo(i * 3 + 0.5),
        summary: `Event ${i + 1} with ${HERO.firstName}`,
        sentiment: i % 4 === 0 ? 0.5 : null,
        amount: i % 5 === 0 ? 25 : null,
        agent: 'agent-7',
        offerId: i % 5 === 4 ? fixtureId(3, 1) : null,
        recommendationId: null,
        createdAt: daysAgo(i * 3),
      }),
    );
    events.push(
      Object.assign(new ConversationEventEntity(), {
        ...events[0],
        id: fixtureId(5, 99),
        externalId: 'complaint-1',
        channel: 'call_center',
        kind: 'complaint',
        topic: 'billing',
        occurredAt: daysAgo(2),
        summary: `${HERO.firstName} was charged twice`,
        sentiment: -0.8,
        offerId: null,
      }),
    );
    await bulkInsert(manager, ConversationEventEntity, events);
    // The hero's current batch decision on the web: three recommendations (ids heroBatchRecommendationId(1..3)).
    await upsertBatchDecisions(manager, [
      Object.assign(new BatchDecisionEntity(), {
        customerId: HERO_ID,
        id: HERO_BATCH_ROW_ID,
        batchRunId: null,
        modelVersion: 'fixture-v1',
        generatedAt: daysAgo(1),
        expiresAt: new Date(FIXTURE_NOW.getTime() + 7 * MS_PER_DAY),
        decisions: {
          reasons: ['eligible'],
          channels: [
            { channel: 'web', ranked: [1, 2, 3].map((rank) => [fixtureId(3, rank), 1 / rank, 0.1, 1, 50, 1, 0, [0]]) },
          ],
        },
      }),
    ]);
    await bulkInsert(manager, RecommendationEntity, [
      Object.assign(new RecommendationEntity(), {
        id: fixtureId(6, 9),
        customerId: HERO_ID,
        offerId: fixtureId(3, 2),
        channel: 'web',
        decisionId: fixtureId(7, 0),
        rank: 1,
        priority: 1,
        propensity: 0.1,
        contextWeight: 1,
        value: 50,
        lever: 1,
        reasons: ['expired'],
        modelVersion: 'fixture-v1',
        source: 'batch',
        batchRunId: null,
        control: false,
        generatedAt: daysAgo(20),
        expiresAt: daysAgo(13),
        outcome: null,
        outcomeAt: null,
      }),
    ]);
    await bulkInsert(
      manager,
      ConsentEntity,
      ['email', 'sms', 'whatsapp'].map((channel, i) =>
        Object.assign(new ConsentEntity(), {
          id: fixtureId(8, i + 1),
          customerId: HERO_ID,
          channel,
          purpose: 'marketing',
          status: i === 1 ? 'denied' : 'granted',
          source: 'crm',
          updatedAt: daysAgo(50),
        }),
      ),
    );
    await bulkInsert(
      manager,
      TransactionEntity,
      Array.from({ length: 5 }, (_, i) =>
        Object.assign(new TransactionEntity(), {
          id: fixtureId(9, i + 1),
          customerId: HERO_ID,
          source: 'store',
          externalId: `rcpt-${i + 1}`,
          occurredAt: daysAgo(i * 20 + 1),
          amount: 10 + i,
          currency: 'EUR',
          channel: 'store',
        }),
      ),
    );
  });
}
