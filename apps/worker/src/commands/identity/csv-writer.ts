import { writeFileSync } from 'node:fs';

function quote(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV (RFC 4180 quoting) with a header line. */
export function writeCsv(file: string, header: readonly string[], rows: Iterable<readonly (string | number)[]>): void {
  const lines = [header.map(quote).join(',')];
  for (const row of rows) lines.push(row.map(quote).join(','));
  writeFileSync(file, `${lines.join('\n')}\n`, 'utf8');
}
