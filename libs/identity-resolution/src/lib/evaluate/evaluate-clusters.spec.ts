import { evaluateBlocking, evaluateClusters } from './evaluate-clusters';

describe('evaluateClusters', () => {
  it('counts pairs from cluster intersections', () => {
    // truth: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}
    const e = evaluateClusters(['a', 'a', 'b', 'b', 'b'], ['x', 'x', 'x', 'y', 'y']);
    expect(e).toMatchObject({ truePositives: 2, predictedPairs: 4, truePairs: 4, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(e.predictedClusters).toBe(2);
  });

  it('is perfect on identical clusterings and defined on singletons', () => {
    expect(evaluateClusters(['1', '1', '2'], ['a', 'a', 'b']).f1).toBe(1);
    expect(evaluateClusters(['1', '2'], ['a', 'b'])).toMatchObject({ precision: 1, recall: 1 });
    expect(() => evaluateClusters(['1'], [])).toThrow(RangeError);
  });
});

describe('evaluateBlocking', () => {
  it('reports pairs completeness and reduction ratio', () => {
    const e = evaluateBlocking(Uint32Array.from([0]), Uint32Array.from([1]), 1, ['x', 'x', 'x', 'y']);
    expect(e.truePairs).toBe(3);
    expect(e.pairsCompleteness).toBeCloseTo(1 / 3, 12);
    expect(e.reductionRatio).toBeCloseTo(1 - 1 / 6, 12);
  });
});
