import { type ClvFitReport } from './run-clv-fit';

/** A short human-readable rendering of the fit report (without --json). */
export function formatClvFitReport(report: ClvFitReport): string {
  const lines = [`${report.input.file}: ${report.customers} customers, time unit ${report.unit}`];
  for (const [name, model] of Object.entries(report.models)) {
    if (!model) continue;
    const parameters = Object.entries(model.parameters)
      .map(
        ([key, value]) => `${key} ${value.toPrecision(7)} (se ${model.standardErrors[key]?.toPrecision(3) ?? 'n/a'})`,
      )
      .join(', ');
    lines.push(
      `${name}: ${parameters}; log-likelihood ${model.logLikelihood.toFixed(4)}; ${model.fitMs.toFixed(1)} ms`,
    );
  }
  for (const [name, reason] of Object.entries(report.skipped)) lines.push(`${name}: skipped, ${reason}`);
  if (report.holdout) {
    for (const name of ['bgnbd', 'pareto'] as const) {
      const result = report.holdout[name];
      if (!result) continue;
      lines.push(
        `${name} holdout (${report.holdout.durationUnits} ${report.unit}): MAE ${result.mae.toFixed(4)} vs baseline ${result.baselineMae.toFixed(4)}; ` +
          `predicted ${result.predictedTotal.toFixed(1)} vs actual ${result.actualTotal} purchases (baseline ${result.baselineTotal.toFixed(1)})`,
      );
    }
  }
  return lines.join('\n');
}
