import { type RfmSummary } from '@rapport/clv';
import { RapportError } from '@rapport/shared-util';
import { type CsvTable, columnIndex, numberField, readCsvTable } from './read-csv-table';

/** A summary CSV: the RFM summary, and whether it had a monetary column. */
export interface SummaryFile {
  readonly summary: RfmSummary;
  readonly hasMonetaryValue: boolean;
}

/**
 * Reads `frequency,recency,T[,monetary_value]` (also the CDNOW/BTYD names `x,t_x,T,zbar`; an `id`
 * or `customer_id` column becomes the customer id; other columns are ignored).
 * @throws RapportError naming the line and field of the first bad value.
 */
export function readSummaryCsv(file: string): SummaryFile {
  const table = readCsvTable(file);
  const frequencyColumn = columnIndex(table, ['frequency', 'x'], true);
  const recencyColumn = columnIndex(table, ['recency', 't_x'], true);
  const ageColumn = columnIndex(table, ['T'], true);
  const monetaryColumn = columnIndex(table, ['monetary_value', 'monetaryvalue', 'zbar'], false);
  const idColumn = columnIndex(table, ['customer_id', 'id'], false);
  const n = table.rows.length;
  const summary = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryValue: new Float64Array(n),
    customerIds: table.rows.map((row) => (idColumn >= 0 ? row.values[idColumn] : String(row.line))),
  };
  table.rows.forEach((row, i) => {
    const x = numberField(table, row, frequencyColumn);
    const tx = numberField(table, row, recencyColumn);
    const T = numberField(table, row, ageColumn);
    const m = monetaryColumn >= 0 ? numberField(table, row, monetaryColumn) : 0;
    if (x < 0 || !Number.isInteger(x)) fail(table, row.line, frequencyColumn, `must be a whole number ≥ 0, got ${x}`);
    if (tx < 0) fail(table, row.line, recencyColumn, `must be ≥ 0, got ${tx}`);
    if (T < 0) fail(table, row.line, ageColumn, `must be ≥ 0, got ${T}`);
    if (tx > T) fail(table, row.line, recencyColumn, `${tx} is greater than T ${T}`);
    if (x === 0 && tx !== 0) fail(table, row.line, recencyColumn, `must be 0 when frequency is 0, got ${tx}`);
    if (m < 0) fail(table, row.line, monetaryColumn, `must be ≥ 0, got ${m}`);
    summary.frequency[i] = x;
    summary.recency[i] = tx;
    summary.T[i] = T;
    summary.monetaryValue[i] = m;
  });
  return { summary, hasMonetaryValue: monetaryColumn >= 0 };
}

function fail(table: CsvTable, line: number, column: number, problem: string): never {
  throw new RapportError(
    'BAD_USER_INPUT',
    `${table.file} line ${line}: ${table.header[column]} ${problem}`,
    table.header[column],
  );
}
