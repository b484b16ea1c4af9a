import { type Decision, type Recommendation } from '@rapport/decisioning';
import {
  batchRecommendationId,
  parseBatchRecommendationId,
  toBatchDecisionId,
  toBatchDecisionRow,
  unpackBatchDecision,
} from './batch-decisions';

const DECISION_ID = toBatchDecisionId('01a205dd-de3b-7595-9f16-38cd458fd5a7');

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

function decision(recommendations: Recommendation[]): Decision {
  return {
    id: DECISION_ID,
    customerId: 'customer-1',
    channel: 'email',
    modelVersion: 'v7',
    recommendations,
  } as unknown as Decision;
}

const options = {
  batchRunId: 'run-1',
  generatedAt: new Date('2026-11-01T12:00:00Z'),
  expiresAt: new Date('2026-11-08T12:00:00Z'),
};

describe('batch decision ids', () => {
  it('derive each recommendation id from the decision id and its rank, and back', () => {
    expect(DECISION_ID).toBe('01a205dd-de3b-7595-9f16-38cd458fd500');
    expect(batchRecommendationId(DECISION_ID, 1)).toBe('01a205dd-de3b-7595-9f16-38cd458fd501');
    expect(batchRecommendationId(DECISION_ID, 100)).toBe('01a205dd-de3b-7595-9f16-38cd458fd564');
    expect(parseBatchRecommendationId('01a205dd-de3b-7595-9f16-38cd458fd564')).toEqual({
      decisionId: DECISION_ID,
      rank: 100,
    });
  });

  it('refuse what cannot be a batch recommendation id', () => {
    expect(parseBatchRecommendationId(DECISION_ID)).toBeNull(); // rank 0: the decision itself
    expect(parseBatchRecommendationId('nope')).toBeNull();
    expect(parseBatchRecommendationId('01a205dd-de3b-7595-9f16-38cd458fd5zz')).toBeNull();
    expect(() => batchRecommendationId(DECISION_ID, 0)).toThrow(RangeError);
    expect(() => batchRecommendationId(DECISION_ID, 256)).toThrow(RangeError);
  });
});

describe('packing a batch decision', () => {
  it('round-trips every factor, reason and flag, sharing repeated reasons', () => {
    const recommendations = [1, 2, 3].map((rank) => recommendation(rank));
    const row = toBatchDecisionRow(decision(recommendations), options);
    // 'highest priority' and the lever reason are stored once for the three recommendations.
    expect(row.recommendations.reasons).toHaveLength(5);
    const unpacked = unpackBatchDecision(JSON.parse(JSON.stringify(row), reviveDates));
    expect(unpacked).toEqual(
      recommendations.map((r) => ({
        id: batchRecommendationId(DECISION_ID, r.rank),
        customerId: 'customer-1',
        offerId: r.offerId,
        channel: 'email',
        decisionId: DECISION_ID,
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
      })),
    );
  });

  it('stores a decision that recommends nothing as an empty list', () => {
    const row = toBatchDecisionRow(decision([]), options);
    expect(row.recommendations).toEqual({ reasons: [], ranked: [] });
    expect(unpackBatchDecision(row)).toEqual([]);
  });

  it('rejects a decision id that cannot address its recommendations, and ranks out of order', () => {
    expect(() => toBatchDecisionRow({ ...decision([]), id: '01a205dd-de3b-7595-9f16-38cd458fd5a7' }, options)).toThrow(
      /must end in 00/,
    );
    expect(() => toBatchDecisionRow(decision([recommendation(2)]), options)).toThrow(/ranks must run/);
  });
});

function reviveDates(key: string, value: unknown): unknown {
  return (key === 'generatedAt' || key === 'expiresAt') && typeof value === 'string' ? new Date(value) : value;
}
