import { fitBgNbd } from '../bg-nbd/bg-nbd.fit';
import { fitGammaGamma } from '../gamma-gamma/gamma-gamma.fit';
import { simulateBgNbdSummary } from './simulate-bg-nbd';

// Data drawn from known parameters must give them back: each estimate within 2 standard errors
// (a fixed seed makes the test deterministic; 2 SE is the usual 95 % band, and the report lists
// the z-scores). CDNOW-like parameters, a cohort with T from 27 to 39 weeks.
const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const spend = { p: 6, q: 3.5, gamma: 15 };
const summary = simulateBgNbdSummary(truth, { customers: 20_000, minT: 27, maxT: 39, seed: 'recovery', spend });

describe('parameter recovery from simulated data', () => {
  const bgNbd = fitBgNbd(summary, { unit: 'weeks' });
  const gammaGamma = fitGammaGamma(summary);

  it.each(Object.entries(truth))('BG/NBD recovers %s = %p within 2 standard errors', (name, value) => {
    const key = name as keyof typeof truth;
    const se = bgNbd.standardErrors[key] as number;
    console.log(`BG/NBD ${name}: estimate ${bgNbd.parameters[key]} se ${se} z ${(bgNbd.parameters[key] - value) / se}`);
    expect(Math.abs(bgNbd.parameters[key] - value)).toBeLessThan(2 * se);
  });

  it.each(Object.entries(spend))('Gamma-Gamma recovers %s = %p within 2 standard errors', (name, value) => {
    const key = name as keyof typeof spend;
    const se = gammaGamma.standardErrors[key] as number;
    console.log(
      `Gamma-Gamma ${name}: estimate ${gammaGamma.parameters[key]} se ${se} z ${(gammaGamma.parameters[key] - value) / se}`,
    );
    expect(Math.abs(gammaGamma.parameters[key] - value)).toBeLessThan(2 * se);
  });
});
