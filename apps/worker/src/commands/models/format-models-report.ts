import { ALL_CHANNELS } from '@rapport/decisioning';
import { MS_PER_DAY } from '@rapport/shared-util';
import { type ModelsReport } from './build-models-report';

const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`;

/** `rapport models` as text: the lift first, then a table of the models. */
export function formatModelsReport(report: ModelsReport): string {
  const { lift } = report;
  const days = Math.round((report.until.getTime() - report.since.getTime()) / MS_PER_DAY);
  const lines = [
    `Lift over the control group, real-time recommendations of the last ${days} days (success: ${report.positiveOutcomes.join(' or ')})`,
    `  model-driven  ${percent(lift.model.rate).padStart(8)}  ${lift.model.positives} of ${lift.model.recommendations}`,
    `  control       ${percent(lift.control.rate).padStart(8)}  ${lift.control.positives} of ${lift.control.recommendations}`,
    lift.control.recommendations === 0
      ? '  no control decisions in this window yet'
      : `  lift ${lift.lift === null ? '— (no success in the control group)' : percent(lift.lift)}, difference ${percent(lift.difference)} ` +
        `(${percent(report.confidence, 0)} interval ${percent(lift.differenceLower)} to ${percent(lift.differenceUpper)})`,
    '',
    `Propensity models: ${report.modelCount}, AUC over all offer × channel models ${report.pooledAuc === null ? '—' : report.pooledAuc.toFixed(3)}`,
  ];
  if (report.models.length === 0) {
    lines.push('  none has learned yet: models learn from recorded outcomes');
    return lines.join('\n');
  }
  const rows = report.models.map((m) => [
    m.offerId,
    m.channel === ALL_CHANNELS ? 'all' : m.channel,
    m.segment ?? 'all',
    String(m.evidence),
    String(m.positives),
    percent(m.propensity),
    m.auc === null ? '—' : m.auc.toFixed(3),
  ]);
  const header = ['offer', 'channel', 'segment', 'evidence', 'successes', 'propensity', 'AUC'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Text columns left-aligned, figures right-aligned.
  const line = (cells: string[]) =>
    '  ' + cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(line(header), ...rows.map(line));
  if (report.modelCount > report.models.length)
    lines.push(`  … ${report.modelCount - report.models.length} more (--top)`);
  return lines.join('\n');
}
