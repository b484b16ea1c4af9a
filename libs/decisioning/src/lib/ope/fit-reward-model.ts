import { type LoggedAction, type RewardModel } from './logged-action';

/**
 * A tabular reward model: mean reward per (context, action), shrunk towards the action's mean
 * over all contexts with `shrinkage` pseudo-observations, and towards the overall mean for
 * actions never logged. Simple and unbiased enough for DR, whose correction term fixes the rest.
 */
export function fitTabularRewardModel(logs: readonly LoggedAction[], shrinkage = 5): RewardModel {
  const cell = new Map<string, { n: number; sum: number }>();
  const byAction = new Map<string, { n: number; sum: number }>();
  let total = 0;
  for (const log of logs) {
    const key = `${log.context}\u0000${log.action}`;
    const c = cell.get(key) ?? { n: 0, sum: 0 };
    c.n++;
    c.sum += log.reward;
    cell.set(key, c);
    const a = byAction.get(log.action) ?? { n: 0, sum: 0 };
    a.n++;
    a.sum += log.reward;
    byAction.set(log.action, a);
    total += log.reward;
  }
  const overall = logs.length > 0 ? total / logs.length : 0;
  return (log, action) => {
    const a = byAction.get(action);
    const actionMean = a ? (a.sum + shrinkage * overall) / (a.n + shrinkage) : overall;
    const c = cell.get(`${log.context}\u0000${action}`);
    return c ? (c.sum + shrinkage * actionMean) / (c.n + shrinkage) : actionMean;
  };
}
