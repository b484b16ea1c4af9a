import { createReadStream } from 'node:fs';

/**
 * Data lines of CSV files (newlines minus one header each), read as raw bytes without parsing:
 * the total for a progress bar. Quoted multi-line fields make it an over-estimate, never a
 * wrong answer elsewhere.
 */
export async function countDataLines(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    let lines = 0;
    let last = 10;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
      if (chunk.length > 0) last = chunk[chunk.length - 1];
    }
    if (last !== 10) lines++;
    total += Math.max(0, lines - 1);
  }
  return total;
}
