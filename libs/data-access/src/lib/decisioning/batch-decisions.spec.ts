import { type Decision, type Recommendation } from '@rapport/decisioning';
import {
  batchChannelDecisionId,
  batchRecommendationId,
  countBatchRecommendations,
  parseBatchRecommendationId,
  toBatchDecisionsId,
  toBatchDecisionsRow,
  unpackBatchDecisions,
} from './batch-decisions';

const ROW_ID = toBatchDecisionsId('01a205dd-de3b-7595-9f16-38cd458fd5a7');

function recommendation(rank: number, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    offerId: `offer-${rank}`,
    rank,
    priority: 1 / rank,
    propensity: 0.1 * rank,
    contextWeight: 1.5,
    value: 40 + rank,
    lever: 1,
    control: rank === 3,
    reasons: ['highest priority', `P: evidence ${rank}`, 'L: business lever from the catalog'],
    ...overrides,
  } as Recommendation;
}

function decision(slot: number, channel: string, recommendations: Recommendation[]): Decision {
  return {
    id: batchChannelDecisionId(ROW_ID, slot),
    customerId: 'customer-1',
    channel,
    modelVersion: 'v7',
    recommendations,
  } as unknown as Decision;
}

const options = {
  rowId: ROW_ID,
  batchRunId: 'run-1',
  generatedAt: new Date('2026-11-01T12:00:00Z'),
  expiresAt: new Date('2026-11-08T12:00:00Z'),
};

describe('batch decision ids', () => {
  it('derive each decision and recommendation id from the row id, its channel slot and rank, and back', () => {
    expect(ROW_ID).toBe('01a205dd-de3b-7595-9f16-38cd458f0000');
    const sms = batchChannelDecisionId(ROW_ID, 1);
    expect(sms).toBe('01a205dd-de3b-7595-9f16-38cd458f0200');
    expect(batchRecommendationId(sms, 1)).toBe('01a205dd-de3b-7595-9f16-38cd458f0201');
    expect(batchRecommendationId(sms, 100)).toBe('01a205dd-de3b-7595-9f16-38cd458f0264');
    expect(parseBatchRecommendationId('01a205dd-de3b-7595-9f16-38cd458f0264')).toEqual({
      rowId: ROW_ID,
      slot: 1,
      rank: 100,
    });
  });

  it('refuse what cannot be a batch recommendation id', () => {
    expect(parseBatchRecommendationId(ROW_ID)).toBeNull(); // the row itself
    expect(parseBatchRecommendationId(batchChannelDecisionId(ROW_ID, 0))).toBeNull(); // a decision
    expect(parseBatchRecommendationId('01a205dd-de3b-7595-9f16-38cd458f0001')).toBeNull(); // no slot
    expect(parseBatchRecommendationId('nope')).toBeNull();
    expect(parseBatchRecommendationId('01a205dd-de3b-7595-9f16-38cd458fzzzz')).toBeNull();
    expect(() => batchRecommendationId(ROW_ID, 0)).toThrow(RangeError);
    expect(() => batchRecommendationId(ROW_ID, 256)).toThrow(RangeError);
    expect(() => batchChannelDecisionId(ROW_ID, 255)).toThrow(RangeError);
  });
});

describe('packing a customer’s batch decisions', () => {
  it('round-trips every factor, reason and flag per channel, sharing repeated reasons', () => {
    const email = [1, 2, 3].map((rank) => recommendation(rank));
    const sms = [recommendation(1, { offerId: 'offer-9' })];
    const row = toBatchDecisionsRow(
      'customer-1',
      [decision(0, 'email', email), decision(1, 'sms', sms), decision(2, 'push', [])],
      options,
    );
    // 'highest priority', 'P: evidence 1' and the lever reason are stored once for four recommendations.
    expect(row.decisions.reasons).toHaveLength(5);
    expect(countBatchRecommendations(row)).toBe(4);
    const stored = JSON.parse(JSON.stringify(row), reviveDates);
    const expected = (r: Recommendation, slot: number, channel: string) => ({
      id: batchRecommendationId(batchChannelDecisionId(ROW_ID, slot), r.rank),
      customerId: 'customer-1',
      offerId: r.offerId,
      channel,
      decisionId: batchChannelDecisionId(ROW_ID, slot),
      rank: r.rank,
      priority: r.priority,
      propensity: r.propensity,
      contextWeight: r.contextWeight,
      value: r.value,
      lever: r.lever,
      reasons: r.reasons,
      modelVersion: 'v7',
      source: 'batch',
      batchRunId: 'run-1',
      control: r.control,
      generatedAt: options.generatedAt,
      expiresAt: options.expiresAt,
      outcome: null,
      outcomeAt: null,
    });
    expect(unpackBatchDecisions(stored)).toEqual([
      ...email.map((r) => expected(r, 0, 'email')),
      expected(sms[0], 1, 'sms'),
    ]);
    expect(unpackBatchDecisions(stored, 'sms')).toEqual([expected(sms[0], 1, 'sms')]);
    expect(unpackBatchDecisions(stored, 'push')).toEqual([]);
    expect(row.decisions.channels.map((c) => c.channel)).toEqual(['email', 'sms', 'push']);
  });

  it('rejects decisions not addressed from the row, for another customer, or ranked out of order', () => {
    const misplaced = decision(1, 'email', []);
    expect(() => toBatchDecisionsRow('customer-1', [misplaced], options)).toThrow(/not addressed/);
    expect(() => toBatchDecisionsRow('customer-2', [decision(0, 'email', [])], options)).toThrow(/another customer/);
    expect(() => toBatchDecisionsRow('customer-1', [decision(0, 'email', [recommendation(2)])], options)).toThrow(
      /ranks must run/,
    );
    expect(() => toBatchDecisionsRow('customer-1', [], { ...options, rowId: 'x'.repeat(36) })).toThrow(/0000/);
  });
});

function reviveDates(key: string, value: unknown): unknown {
  return (key === 'generatedAt' || key === 'expiresAt') && typeof value === 'string' ? new Date(value) : value;
}
