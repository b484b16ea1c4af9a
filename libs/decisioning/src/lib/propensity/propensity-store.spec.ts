import { SeededRandom } from '@rapport/shared-util';
import { aucFromHistograms } from './auc';
import { liftFromTotals, measureLift } from './measure-lift';
import { ALL_CHANNELS, PropensityStore } from './propensity-store';
import { selectModelReports } from './select-model-reports';
import { ThompsonSampler } from './thompson-sampler';

describe('PropensityStore', () => {
  it('starts from the cold-start prior and learns the true rate online', () => {
    const store = new PropensityStore({ priorMean: 0.05, priorStrength: 2, useSegments: false });
    const cold = store.posterior('o1', 'web');
    expect(cold.alpha / (cold.alpha + cold.beta)).toBeCloseTo(0.05);
    const random = new SeededRandom(11);
    for (let i = 0; i < 5000; i++) store.update({ offerId: 'o1', channel: 'web', outcome: random.chance(0.2) ? 'accepted' : 'rejected' });
    const warm = store.posterior('o1', 'web');
    expect(warm.alpha / (warm.alpha + warm.beta)).toBeCloseTo(0.2, 1);
    expect(warm.evidence).toBe(5000);
    expect(store.update({ offerId: 'o1', channel: 'web', outcome: 'impression' })).toBe(false);
  });

  it('lets a new channel and a new segment borrow the offer-wide rate, then learn their own', () => {
    const store = new PropensityStore();
    for (let i = 0; i < 1000; i++) store.update({ offerId: 'o1', channel: 'web', segment: i % 2 ? 'loyal' : 'new', outcome: i % 10 === 0 ? 'accepted' : 'ignored' });
    const unseen = store.posterior('o1', 'web', 'champions');
    expect(unseen.alpha / (unseen.alpha + unseen.beta)).toBeCloseTo(0.1, 2);
    // Every acceptance above came from the 'new' segment (even i): its rate is 0.2, loyal's 0.
    const newChannel = store.posterior('o1', 'sms', 'new');
    expect(newChannel.alpha / (newChannel.alpha + newChannel.beta)).toBeCloseTo(0.2, 1);
    expect(store.posterior('o1', 'sms', 'loyal').alpha).toBeLessThan(0.1);
    expect(newChannel.evidence).toBe(0);
    for (let i = 0; i < 400; i++) store.update({ offerId: 'o1', channel: 'web', segment: 'champions', outcome: i % 2 ? 'accepted' : 'rejected' });
    const learnt = store.posterior('o1', 'web', 'champions');
    expect(learnt.alpha / (learnt.alpha + learnt.beta)).toBeGreaterThan(0.4);
  });

  it('serialises and restores its state (model_states rows)', () => {
    const store = new PropensityStore();
    store.update({ offerId: 'o1', channel: 'web', segment: 'loyal', outcome: 'clicked', propensityUsed: 0.3 });
    store.update({ offerId: 'o1', channel: 'email', outcome: 'rejected', propensityUsed: 0.1 });
    const rows = JSON.parse(JSON.stringify(store.exportStates()));
    expect(rows.map((r: { key: string }) => r.key).sort()).toEqual(['propensity:o1:*', 'propensity:o1:*:loyal', 'propensity:o1:email', 'propensity:o1:web', 'propensity:o1:web:loyal']);
    const copy = new PropensityStore();
    for (const row of rows) copy.importState(row.key, row.state);
    expect(copy.posterior('o1', 'web', 'loyal')).toEqual(store.posterior('o1', 'web', 'loyal'));
    expect(copy.report()).toEqual(store.report());
    expect(() => copy.importState('propensity:x:web', { positives: 'lots' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    store.markSaved();
    store.update({ offerId: 'o2', channel: 'web', outcome: 'accepted' });
    expect(store.exportStates(true).map((r) => r.key)).toEqual(['propensity:o2:*', 'propensity:o2:web']);
  });

  it('reports evidence and AUC from the propensities used', () => {
    const store = new PropensityStore({ useSegments: false });
    const random = new SeededRandom(12);
    // Two offers with different true rates; the propensity used tracks the truth, so AUC > 0.5.
    for (let i = 0; i < 4000; i++) {
      const good = i % 2 === 0;
      const p = good ? 0.3 : 0.05;
      store.update({ offerId: good ? 'good' : 'bad', channel: 'web', outcome: random.chance(p) ? 'accepted' : 'rejected', propensityUsed: p });
    }
    const report = store.report();
    // One offer-wide ('*') and one offer × web model per offer.
    expect(report.map((r) => `${r.key}=${r.evidence}`)).toEqual(['propensity:bad:*=2000', 'propensity:bad:web=2000', 'propensity:good:*=2000', 'propensity:good:web=2000']);
    const overall = store.overallAuc()!;
    // Theoretical AUC of two score levels with these rates ≈ 0.5 + 0.5·(0.3−0.05)·… ; check direction and range.
    expect(overall).toBeGreaterThan(0.65);
    expect(overall).toBeLessThan(0.8);
    expect(report[0].auc).toBe(0.5); // one score level inside a model: no ranking power
  });
});

describe('Thompson sampling', () => {
  it('draws with the posterior mean and concentrates as evidence grows', () => {
    const sampler = new ThompsonSampler(new SeededRandom(13));
    for (const [a, b] of [[2, 8], [300, 700]]) {
      let sum = 0;
      let sq = 0;
      const n = 20000;
      for (let i = 0; i < n; i++) {
        const x = sampler.sample(a, b);
        sum += x;
        sq += x * x;
      }
      const mean = sum / n;
      const variance = sq / n - mean * mean;
      expect(mean).toBeCloseTo(a / (a + b), 2);
      expect(variance).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 3);
    }
  });

  it('finds the best of five offers and mostly plays it (regret shrinks)', () => {
    const rates = [0.02, 0.05, 0.08, 0.12, 0.04];
    const store = new PropensityStore({ useSegments: false });
    const sampler = new ThompsonSampler(new SeededRandom(14));
    const random = new SeededRandom(15);
    let bestPlays = 0;
    for (let t = 0; t < 6000; t++) {
      let best = 0;
      let bestDraw = -1;
      rates.forEach((_, k) => {
        const p = store.posterior(`o${k}`, 'web');
        const draw = sampler.sample(p.alpha, p.beta);
        if (draw > bestDraw) [best, bestDraw] = [k, draw];
      });
      if (t >= 3000 && best === 3) bestPlays++;
      store.update({ offerId: `o${best}`, channel: 'web', outcome: random.chance(rates[best]) ? 'accepted' : 'ignored' });
    }
    expect(bestPlays / 3000).toBeGreaterThan(0.8);
  });
});

describe('aucFromHistograms and measureLift', () => {
  it('computes AUC with ties counted half', () => {
    expect(aucFromHistograms([0, 0, 5], [5, 0, 0])).toBe(1);
    expect(aucFromHistograms([0, 3, 0], [0, 3, 0])).toBe(0.5);
    expect(aucFromHistograms([1, 0], [0, 0])).toBeNull();
  });

  it('measures lift over the control group with an interval', () => {
    const observations = [
      ...Array.from({ length: 1000 }, (_, i) => ({ control: false, reward: i % 10 === 0 ? 1 : 0 })),
      ...Array.from({ length: 1000 }, (_, i) => ({ control: true, reward: i % 20 === 0 ? 1 : 0 })),
    ];
    const lift = measureLift(observations);
    expect(lift.lift).toBeCloseTo(1);
    expect(lift.difference).toBeCloseTo(0.05);
    expect(lift.differenceLower).toBeGreaterThan(0.02);
  });

  it('gives the same lift from group totals as from the observations', () => {
    // Rewards that are not 0/1, so Σ reward² differs from Σ reward.
    const observations = Array.from({ length: 300 }, (_, i) => ({ control: i % 4 === 0, reward: (i * 7) % 5 }));
    const totals = { model: { n: 0, sum: 0, sumOfSquares: 0 }, control: { n: 0, sum: 0, sumOfSquares: 0 } };
    for (const { control, reward } of observations) {
      const group = control ? totals.control : totals.model;
      group.n++;
      group.sum += reward;
      group.sumOfSquares += reward * reward;
    }
    const fromTotals = liftFromTotals(totals, 0.9);
    expect(fromTotals).toEqual(measureLift(observations, 0.9));
    // A wider confidence widens the interval around the same difference.
    const wider = liftFromTotals(totals, 0.99);
    expect(wider.difference).toBe(fromTotals.difference);
    expect(wider.differenceUpper - wider.differenceLower).toBeGreaterThan(fromTotals.differenceUpper - fromTotals.differenceLower);
    // An empty control group: no ratio, and the difference is the model's mean.
    const noControl = liftFromTotals({ model: { n: 2, sum: 1, sumOfSquares: 1 }, control: { n: 0, sum: 0, sumOfSquares: 0 } });
    expect(noControl.lift).toBeNull();
    expect(noControl.difference).toBe(0.5);
  });
});

describe('PropensityStore.positiveOutcomes', () => {
  it('names the outcomes its models learn as a success', () => {
    expect(new PropensityStore().positiveOutcomes.sort()).toEqual(['accepted', 'clicked']);
    expect(new PropensityStore({ positiveOutcomes: ['accepted'] }).positiveOutcomes).toEqual(['accepted']);
  });
});

describe('selectModelReports', () => {
  it('keeps the models matching the filter, most evidence first', () => {
    const store = new PropensityStore();
    const answer = (offerId: string, channel: string, times: number) => {
      for (let i = 0; i < times; i++) store.update({ offerId, channel, outcome: i % 2 ? 'accepted' : 'rejected' });
    };
    answer('o1', 'web', 3);
    answer('o1', 'sms', 5);
    answer('o2', 'web', 1);
    const all = selectModelReports(store.report());
    expect(all.map((m) => `${m.offerId}:${m.channel}:${m.evidence}`)).toEqual(['o1:*:8', 'o1:sms:5', 'o1:web:3', 'o2:*:1', 'o2:web:1']);
    expect(selectModelReports(store.report(), { channel: 'web' }).map((m) => m.offerId)).toEqual(['o1', 'o2']);
    expect(selectModelReports(store.report(), { offerId: 'o2', channel: ALL_CHANNELS }).map((m) => m.key)).toEqual(['propensity:o2:*']);
    expect(selectModelReports(store.report(), { minEvidence: 4 }).map((m) => m.evidence)).toEqual([8, 5]);
  });
});
