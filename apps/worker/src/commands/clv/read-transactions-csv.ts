import { parseCalendarDay, type Transaction } from '@rapport/clv';
import { RapportError } from '@rapport/shared-util';
import { columnIndex, numberField, readCsvTable } from './read-csv-table';

/**
 * Reads `customer_id,date,amount` (dates YYYY-MM-DD or YYYYMMDD, a time part ignored; other
 * columns ignored).
 * @throws RapportError naming the line and field of the first bad value: missing customer id,
 *   unparseable date, negative or non-numeric amount.
 */
export function readTransactionsCsv(file: string): Transaction[] {
  const table = readCsvTable(file);
  const customerColumn = columnIndex(table, ['customer_id'], true);
  const dateColumn = columnIndex(table, ['date'], true);
  const amountColumn = columnIndex(table, ['amount'], true);
  return table.rows.map((row) => {
    const customerId = row.values[customerColumn] ?? '';
    if (customerId === '')
      throw new RapportError('BAD_USER_INPUT', `${file} line ${row.line}: customer_id is empty`, 'customer_id');
    const date = row.values[dateColumn] ?? '';
    if (Number.isNaN(parseCalendarDay(date))) {
      throw new RapportError(
        'BAD_USER_INPUT',
        `${file} line ${row.line}: date "${date}" is not a calendar date (expected YYYY-MM-DD)`,
        'date',
      );
    }
    const amount = numberField(table, row, amountColumn);
    if (amount < 0)
      throw new RapportError('BAD_USER_INPUT', `${file} line ${row.line}: amount ${amount} is negative`, 'amount');
    return { customerId, date, amount };
  });
}
