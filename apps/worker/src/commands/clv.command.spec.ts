import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

// One end-to-end run of the real CLI (SWC start-up costs about a second); the cases live in
// clv/run-clv-fit.spec.ts.
describe('node bin/rapport clv fit --json', () => {
  it('prints the CDNOW figures as JSON', () => {
    const result = spawnSync(
      process.execPath,
      [
        'bin/rapport',
        'clv',
        'fit',
        '--summary',
        'libs/clv/fixtures/cdnow_customers_summary_with_transactions.csv',
        '--unit',
        'weeks',
        '--json',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.models.bgnbd.parameters).toEqual({
      r: expect.closeTo(0.2425929, 6),
      alpha: expect.closeTo(4.413532, 3),
      a: expect.closeTo(0.792886, 4),
      b: expect.closeTo(2.425752, 3),
    });
    expect(report.models.bgnbd.logLikelihood).toBeCloseTo(-9582.4256, 3);
    expect(report.models.pareto.logLikelihood).toBeCloseTo(-9594.9739, 3);
    expect(report.models.pareto.parameters.beta).toBeCloseTo(11.6679, 3);
    expect(report.models.gg.logLikelihood).toBeCloseTo(-4055.9232, 3);
    expect(report.models.gg.unit).toBe('weeks');
    expect(typeof report.models.bgnbd.fitMs).toBe('number');
    expect(report.models.bgnbd.standardErrors.r).toBeGreaterThan(0);
  }, 30_000);

  it('exits 1 with a message naming the line for bad input', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/rapport', 'clv', 'fit', '--summary', 'libs/clv/fixtures/CDNOW_sample.txt', '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^rapport: .*CDNOW_sample.txt: missing column "frequency"/);
    expect(result.stdout).toBe('');
  }, 30_000);
});
