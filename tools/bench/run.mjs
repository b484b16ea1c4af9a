#!/usr/bin/env node
// npm run bench -- <area> [args…]  runs tools/bench/<area>/main.ts from source (SWC).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const areas = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'main.ts')))
  .map((d) => d.name);
const [area, ...args] = process.argv.slice(2);
if (!area || area === '--help' || area === '-h' || !areas.includes(area)) {
  console.log(`usage: npm run bench -- <area> [options]\n\nareas: ${areas.join(', ') || '(none yet)'}\n\nEach benchmark prints its figures (throughput, latency percentiles, memory); pass --help to one for its options.`);
  process.exit(area && area !== '--help' && area !== '-h' ? 1 : 0);
}
const result = spawnSync(
  process.execPath,
  ['--expose-gc', '-r', 'reflect-metadata', '-r', join(here, '..', 'scripts', 'register-ts.cjs'), join(here, area, 'main.ts'), ...args],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
