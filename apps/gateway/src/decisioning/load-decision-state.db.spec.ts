import {
  bulkInsert,
  ConsentEntity,
  ConversationEventEntity,
  createTestDatabase,
  CustomerEntity,
  InteractionEntity,
  testDatabaseKinds,
  type TestDatabase,
} from '@rapport/data-access';
import { MS_PER_DAY } from '@rapport/shared-util';
import { MoreThanOrEqual } from 'typeorm';
import { FIXTURE_NOW, fixtureId, HERO_ID, seedGatewayFixtures } from '../testing/gateway-fixtures';
import { DecisionStateLoader } from './load-decision-state';

const daysAgo = (days: number) => new Date(FIXTURE_NOW.getTime() - days * MS_PER_DAY);
const byTime = <T extends { occurredAt: Date }>(rows: T[]) =>
  [...rows].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

describe.each(testDatabaseKinds())('loadDecisionState on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedGatewayFixtures(db.dataSource);
    await bulkInsert(db.dataSource.manager, InteractionEntity, [
      {
        id: fixtureId(4, 71),
        customerId: HERO_ID,
        offerId: fixtureId(3, 1),
        recommendationId: null,
        channel: 'web',
        outcome: 'impression',
        occurredAt: daysAgo(10),
        propensity: 0.2,
        selectionProbability: 0.5,
        idempotencyKey: 'load-state-1',
      },
      // Outside the 90-day interaction window.
      {
        id: fixtureId(4, 72),
        customerId: HERO_ID,
        offerId: fixtureId(3, 2),
        recommendationId: null,
        channel: 'email',
        outcome: 'rejected',
        occurredAt: daysAgo(100),
        propensity: null,
        selectionProbability: null,
        idempotencyKey: 'load-state-2',
      },
    ]);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('reads in one statement what the entity reads would, hydrated alike', async () => {
    const m = db.dataSource.manager;
    const state = await new DecisionStateLoader(db.dataSource).load(HERO_ID, FIXTURE_NOW);

    const customer = await m.findOneByOrFail(CustomerEntity, { id: HERO_ID });
    expect(state.customer).toEqual({
      id: customer.id,
      segment: customer.segment,
      dateOfBirth: customer.dateOfBirth,
      createdAt: customer.createdAt,
      erasedAt: customer.erasedAt,
      clv: customer.clv,
      pAlive: customer.pAlive,
      expectedPurchases: customer.expectedPurchases,
    });
    const events = await m.find(ConversationEventEntity, {
      where: { customerId: HERO_ID, occurredAt: MoreThanOrEqual(daysAgo(180)) },
    });
    expect(events.some((e) => e.amount !== null && e.sentiment !== null)).toBe(true);
    expect(byTime(state.events)).toEqual(
      byTime(events).map(({ channel, direction, kind, topic, occurredAt, sentiment, amount, offerId }) => ({
        channel,
        direction,
        kind,
        topic,
        occurredAt,
        sentiment,
        amount,
        offerId,
      })),
    );
    expect(state.interactions).toEqual([
      { channel: 'web', outcome: 'impression', offerId: fixtureId(3, 1), occurredAt: daysAgo(10) },
    ]);
    const consents = await m.find(ConsentEntity, { where: { customerId: HERO_ID } });
    expect(state.consents).toHaveLength(consents.length);
    expect(state.consents).toEqual(
      expect.arrayContaining(consents.map(({ channel, purpose, status }) => ({ channel, purpose, status }))),
    );
  });

  it('finds nothing for an unknown customer', async () => {
    expect(await new DecisionStateLoader(db.dataSource).load(fixtureId(8, 99), FIXTURE_NOW)).toEqual({
      customer: null,
      events: [],
      interactions: [],
      consents: [],
    });
  });

  it('reads several customers in one statement, each within the windows of its own decision time', async () => {
    const loader = new DecisionStateLoader(db.dataSource);
    const alone = await loader.load(HERO_ID, FIXTURE_NOW);
    const later = new Date(FIXTURE_NOW.getTime() + 85 * MS_PER_DAY);
    const [hero, unknown, heroLater] = await loader.loadMany([
      { customerId: HERO_ID, now: FIXTURE_NOW },
      { customerId: fixtureId(8, 99), now: FIXTURE_NOW },
      { customerId: HERO_ID, now: later },
    ]);
    expect(hero).toEqual(alone);
    expect(unknown.customer).toBeNull();
    // 85 days on, the interaction of 10 days before FIXTURE_NOW is 95 days old: out of the window.
    expect(heroLater.interactions).toEqual([]);
    expect(heroLater.events.length).toBe(alone.events.length);
  });
});
