import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePolicyOffline } from './evaluate-policy-offline';
import { type LoggedAction } from './logged-action';

// Real logged bandit feedback (Open Bandit Dataset, Men's campaign; see fixtures/obd/README.md).
// One row = one impression: item_id → action, position → context, propensity_score → the
// logging policy's selection probability, click → reward.
function readObd(file: string): LoggedAction[] {
  const lines = readFileSync(join(__dirname, '../../../fixtures/obd', file), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [, item, position, click, propensity] = line.split(',');
    return { context: `position-${position}`, action: `item-${item}`, selectionProbability: Number(propensity), reward: Number(click) };
  });
}

describe('offline evaluation on the Open Bandit Dataset sample', () => {
  const randomLog = readObd('random-men.csv');
  const btsLog = readObd('bts-men.csv');

  it('reads the log format: 10,000 impressions each, with the documented propensities and clicks', () => {
    expect(randomLog).toHaveLength(10_000);
    expect(btsLog).toHaveLength(10_000);
    expect(new Set(randomLog.map((l) => l.selectionProbability.toFixed(6)))).toEqual(new Set(['0.029412']));
    expect(randomLog.reduce((s, l) => s + l.reward, 0)).toBe(46);
    expect(btsLog.reduce((s, l) => s + l.reward, 0)).toBe(69);
  });

  it('recovers the logging policy’s own value exactly when evaluating it on its log', () => {
    const uniform = evaluatePolicyOffline(randomLog, (log) => [[log.action, log.selectionProbability]]);
    // π = μ on the logged action: weights are 1 and IPW is the observed click rate.
    expect(uniform.ipw.estimate).toBeCloseTo(0.0046, 6);
    expect(uniform.snipw.estimate).toBeCloseTo(0.0046, 6);
  });

  it('estimates Thompson sampling’s click rate from the random log, consistent with its on-policy rate', () => {
    // The BTS policy as it behaved: its empirical item distribution per position in its own log.
    const counts = new Map<string, Map<string, number>>();
    for (const log of btsLog) {
      const byItem = counts.get(log.context) ?? new Map<string, number>();
      byItem.set(log.action, (byItem.get(log.action) ?? 0) + 1);
      counts.set(log.context, byItem);
    }
    const distributions = new Map(
      [...counts].map(([context, byItem]) => {
        const total = [...byItem.values()].reduce((a, b) => a + b, 0);
        return [context, [...byItem].map(([action, n]) => [action, n / total] as const)];
      }),
    );
    const report = evaluatePolicyOffline(randomLog, (log) => distributions.get(log.context) ?? []);
    const onPolicy = 69 / 10_000;
    const onPolicySe = Math.sqrt((onPolicy * (1 - onPolicy)) / 10_000);
    // Small samples, wide intervals (the dataset's README warns of it): require overlap with the
    // on-policy interval and report the figures.
    for (const k of ['ipw', 'snipw', 'dr'] as const) {
      expect(report[k].lower).toBeLessThan(onPolicy + 1.96 * onPolicySe);
      expect(report[k].upper).toBeGreaterThan(onPolicy - 1.96 * onPolicySe);
    }
    expect(report.effectiveSampleSize).toBeGreaterThan(500);
    // OBD_VERBOSE=1 prints the figures.
    if (process.env.OBD_VERBOSE) console.log(JSON.stringify({ onPolicy, ipw: report.ipw, snipw: report.snipw, dr: report.dr, ess: report.effectiveSampleSize }, null, 1));
  });
});
