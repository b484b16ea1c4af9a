import { SeededRandom } from '@rapport/shared-util';
import { evaluatePolicyOffline } from './evaluate-policy-offline';
import { type LoggedAction, type TargetPolicy } from './logged-action';

// A synthetic world with known truth: 3 contexts, 4 actions, known reward rates, a known
// logging policy and a different target policy whose true value we can compute exactly.
const CONTEXTS = ['a', 'b', 'c'];
const CONTEXT_P = [0.5, 0.3, 0.2];
const ACTIONS = ['x', 'y', 'z', 'w'];
const RATES = [
  [0.05, 0.1, 0.2, 0.02],
  [0.3, 0.05, 0.1, 0.15],
  [0.02, 0.04, 0.06, 0.4],
];
const LOGGING = [
  [0.4, 0.3, 0.2, 0.1],
  [0.25, 0.25, 0.25, 0.25],
  [0.5, 0.3, 0.15, 0.05],
];
const TARGET = [
  [0.1, 0.1, 0.7, 0.1],
  [0.7, 0.1, 0.1, 0.1],
  [0.05, 0.05, 0.1, 0.8],
];
const TRUE_VALUE = CONTEXTS.reduce((sum, _, x) => sum + CONTEXT_P[x] * ACTIONS.reduce((s, __, a) => s + TARGET[x][a] * RATES[x][a], 0), 0);
const LOGGING_VALUE = CONTEXTS.reduce((sum, _, x) => sum + CONTEXT_P[x] * ACTIONS.reduce((s, __, a) => s + LOGGING[x][a] * RATES[x][a], 0), 0);

function draw(random: SeededRandom, probabilities: readonly number[]): number {
  let u = random.next();
  for (let k = 0; k < probabilities.length; k++) {
    u -= probabilities[k];
    if (u < 0) return k;
  }
  return probabilities.length - 1;
}

function syntheticLogs(n: number, seed: number): LoggedAction[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: n }, () => {
    const x = draw(random, CONTEXT_P);
    const a = draw(random, LOGGING[x]);
    return { context: CONTEXTS[x], action: ACTIONS[a], selectionProbability: LOGGING[x][a], reward: random.chance(RATES[x][a]) ? 1 : 0 };
  });
}

const target: TargetPolicy = (log) => {
  const x = CONTEXTS.indexOf(log.context);
  return ACTIONS.map((action, a) => [action, TARGET[x][a]] as const);
};

describe('evaluatePolicyOffline on synthetic logs with a known true value', () => {
  it('has a target policy worth more than the logging policy (the point of evaluating it)', () => {
    expect(TRUE_VALUE).toBeCloseTo(0.2163, 4);
    expect(LOGGING_VALUE).toBeLessThan(0.15);
  });

  it('puts the truth inside each estimator’s 95 % interval on a large log', () => {
    const report = evaluatePolicyOffline(syntheticLogs(20_000, 1), target);
    for (const estimator of ['ipw', 'snipw', 'dr'] as const) {
      const e = report[estimator];
      expect(e.lower).toBeLessThanOrEqual(TRUE_VALUE);
      expect(e.upper).toBeGreaterThanOrEqual(TRUE_VALUE);
      expect(Math.abs(e.estimate - TRUE_VALUE)).toBeLessThan(0.02);
    }
    expect(report.logged.estimate).toBeCloseTo(LOGGING_VALUE, 2);
    // DR with a good reward model is tighter than IPW.
    expect(report.dr.standardError).toBeLessThan(report.ipw.standardError);
  });

  it('covers the truth about 95 % of the time over repeated small logs', () => {
    const covered = { ipw: 0, snipw: 0, dr: 0 };
    const runs = 40;
    for (let seed = 100; seed < 100 + runs; seed++) {
      const report = evaluatePolicyOffline(syntheticLogs(2000, seed), target);
      for (const k of ['ipw', 'snipw', 'dr'] as const) if (report[k].lower <= TRUE_VALUE && TRUE_VALUE <= report[k].upper) covered[k]++;
    }
    for (const k of ['ipw', 'snipw', 'dr'] as const) expect(covered[k] / runs).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps DR unbiased with a wrong reward model, where the direct method is not', () => {
    const logs = syntheticLogs(20_000, 2);
    const report = evaluatePolicyOffline(logs, target, { rewardModel: () => 0.1 });
    expect(report.dm.estimate).toBeCloseTo(0.1, 5);
    expect(report.dr.lower).toBeLessThanOrEqual(TRUE_VALUE);
    expect(report.dr.upper).toBeGreaterThanOrEqual(TRUE_VALUE);
  });

  it('rejects logs without a usable selection probability', () => {
    expect(() => evaluatePolicyOffline([{ context: '', action: 'x', selectionProbability: 0, reward: 1 }], target)).toThrow(expect.objectContaining({ field: 'selectionProbability' }));
    expect(() => evaluatePolicyOffline([], target)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
