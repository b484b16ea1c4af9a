import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runClvFit } from './run-clv-fit';

const fixtures = resolve(__dirname, '../../../../../libs/clv/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'rapport-clv-'));

function writeCsv(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

/** CDNOW_sample.txt (fixed-width) as the CLI's customer_id,date,amount CSV. */
function cdnowSampleAsCsv(): string {
  const rows = readFileSync(join(fixtures, 'CDNOW_sample.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [, customerId, day, , dollars] = line.trim().split(/\s+/);
      return `${customerId},${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)},${dollars}`;
    });
  return writeCsv('cdnow-transactions.csv', ['customer_id,date,amount', ...rows].join('\n'));
}

describe('rapport clv fit (in process)', () => {
  it('reproduces the published CDNOW figures from the summary files', () => {
    const report = runClvFit({
      summary: join(fixtures, 'cdnow_customers_summary_with_transactions.csv'),
      unit: 'weeks',
    });
    const { bgnbd, pareto, gg } = report.models;
    expect(report.unit).toBe('weeks');
    expect(bgnbd?.logLikelihood).toBeCloseTo(-9582.4256, 3);
    expect(bgnbd?.parameters.r).toBeCloseTo(0.2425929, 4);
    expect(pareto?.logLikelihood).toBeCloseTo(-9594.9739, 3);
    expect(pareto?.parameters.s).toBeCloseTo(0.606214, 4);
    expect(gg?.logLikelihood).toBeCloseTo(-4055.9232, 3);
    expect(gg?.parameters).toEqual({
      p: expect.closeTo(6.248802, 3),
      q: expect.closeTo(3.744588, 3),
      gamma: expect.closeTo(15.44775, 2),
    });
    expect(gg?.customers).toBe(946);
  });

  it('skips gg under --model all when the summary has no monetary column', () => {
    const report = runClvFit({ summary: join(fixtures, 'cdnow_customers_summary.csv'), unit: 'weeks', model: 'bgnbd' });
    expect(Object.keys(report.models)).toEqual(['bgnbd']);
    expect(() => runClvFit({ summary: join(fixtures, 'cdnow_customers_summary.csv'), model: 'gg' })).toThrow(
      /needs a monetary_value column/,
    );
  });

  it('fits transactions with a calibration/holdout split and reports holdout MAE and totals', () => {
    const report = runClvFit({
      transactions: cdnowSampleAsCsv(),
      calibrationEnd: '1997-09-30',
      observationEnd: '1998-06-30',
      unit: 'weeks',
      model: 'bgnbd',
    });
    expect(report.customers).toBe(2357);
    expect(report.models.bgnbd?.logLikelihood).toBeCloseTo(-9582.4, 0);
    const holdout = report.holdout?.bgnbd;
    expect(report.holdout?.durationUnits).toBeCloseTo(39, 10);
    expect(holdout?.actualTotal).toBe(1882);
    expect(holdout?.mae).toBeLessThan(holdout?.baselineMae ?? 0);
  });

  it.each([
    ['frequency,recency,T\n1,2,x\n', /line 2: T "x" is not a number/],
    ['frequency,recency,T\n1,2,10\n2,40,38.86\n', /line 3: recency 40 is greater than T 38.86/],
    ['frequency,recency,T\n-1,0,10\n', /line 2: frequency must be a whole number ≥ 0, got -1/],
    ['frequency,recency,T\n0,0,10\n0,0,12\n', /no customer has a repeat purchase/],
    ['frequency,T\n1,10\n', /missing column "recency"/],
    ['frequency,recency,T\n', /header but no data rows/],
    ['', /the file is empty/],
    ['frequency,recency,T,monetary_value\n1,2,10,-3\n', /line 2: monetary_value must be ≥ 0, got -3/],
  ])('rejects the summary %j with a clear error', (text, message) => {
    expect(() => runClvFit({ summary: writeCsv('bad-summary.csv', text) })).toThrow(message);
  });

  it.each([
    ['customer_id,date,amount\na,2024-01-01,10\na,2024-13-01,5\n', /line 3: date "2024-13-01" is not a calendar date/],
    ['customer_id,date,amount\na,2024-01-01,-10\n', /line 2: amount -10 is negative/],
    ['customer_id,date,amount\na,2024-01-01,ten\n', /line 2: amount "ten" is not a number/],
    ['customer_id,date\na,2024-01-01\n', /missing column "amount"/],
    ['customer_id,date,amount\na,2024-01-01,10\nb,2024-01-02,3\n', /no customer has a repeat purchase/],
  ])('rejects the transactions %j with a clear error', (text, message) => {
    expect(() =>
      runClvFit({ transactions: writeCsv('bad-transactions.csv', text), calibrationEnd: '2024-01-31' }),
    ).toThrow(message);
  });

  it.each([
    [{ summary: 'a.csv', model: 'weibull' }, /--model must be one of bgnbd, pareto, gg, all/],
    [{ summary: 'a.csv', unit: 'months' }, /--unit must be days or weeks/],
    [{}, /exactly one of --summary/],
    [{ transactions: 'a.csv' }, /needs --calibration-end/],
    [{ transactions: 'a.csv', calibrationEnd: '30/09/1997' }, /--calibration-end must be a date YYYY-MM-DD/],
  ])('rejects the flags %j', (options, message) => {
    expect(() => runClvFit(options)).toThrow(message);
  });
});
