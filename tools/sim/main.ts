// node -r reflect-metadata -r ./tools/scripts/register-ts.cjs tools/sim/main.ts [--decisions 50000] [--seed 2026]
// Runs the decision simulator in process and prints the reward curve of the engine against an
// oracle, a random and a static-priority policy, with policy violations.
import { SIM_POLICY_NAMES, runSimulation } from './simulator';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const decisions = arg('decisions', 50_000);
const seed = arg('seed', 2026);
const checkpoints = [1000, 2000, 5000, 10_000, 20_000, 30_000, 40_000, 50_000, 100_000].filter((c) => c <= decisions);
if (!checkpoints.includes(decisions)) checkpoints.push(decisions);
const report = runSimulation({ decisions, seed, checkpoints });

console.log(`simulated ${decisions} decisions (seed ${seed}); cumulative expected reward (Σ P(accept) × V of the offers shown)\n`);
console.log(['decisions', ...SIM_POLICY_NAMES, 'engine/oracle', 'random/oracle', 'static/oracle'].map((h) => h.padStart(13)).join(''));
checkpoints.forEach((c, k) => {
  const at = (name: (typeof SIM_POLICY_NAMES)[number]): number => report.runs[name]?.curve[k]?.expectedReward ?? 0;
  const oracle = at('oracle');
  console.log(
    [String(c), ...SIM_POLICY_NAMES.map((n) => at(n).toFixed(0)), ...(['engine', 'random', 'static'] as const).map((n) => `${((100 * at(n)) / oracle).toFixed(1)} %`)]
      .map((v) => v.padStart(13))
      .join(''),
  );
});
console.log('');
for (const name of SIM_POLICY_NAMES) {
  const run = report.runs[name]!;
  console.log(
    `${name.padEnd(7)} shown ${run.shown}, accepted ${run.accepted}, realized reward ${run.realizedReward.toFixed(0)}, violations ${run.violations}${run.violations ? ` ${JSON.stringify(run.violationsByRule)}` : ''}, ${(run.wallMs / 1000).toFixed(1)} s`,
  );
}
const engine = report.runs.engine!;
console.log(`\nengine: control decisions ${engine.controlDecisions}, lift over control ${((engine.lift ?? 0) * 100).toFixed(0)} %, propensity AUC ${engine.auc?.toFixed(3)}, sales shown during complaint silence ${engine.salesDuringComplaints}`);
// What the engine logged for offline evaluation: every shown offer with its selection probability.
const logs = engine.logs ?? [];
const probabilities = logs.map((l) => l.selectionProbability).sort((a, b) => a - b);
const at = (q: number): string => (probabilities[Math.floor(q * (probabilities.length - 1))] ?? 0).toFixed(3);
console.log(`engine logs: ${logs.length} decisions with selection probabilities (min ${at(0)}, median ${at(0.5)}, max ${at(1)})`);
