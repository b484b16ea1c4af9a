#!/usr/bin/env node
// `npm start`: migrate and (on first run) seed the database, then run the gateway.
// Uses DATABASE_URL when set, otherwise the embedded SQLite file in .rapport/.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const node = process.execPath;
const register = ['-r', 'reflect-metadata', '-r', join(root, 'tools/scripts/register-ts.cjs')];
const customers = process.env.RAPPORT_DEMO_CUSTOMERS ?? '2000';

const seed = spawnSync(node, [join(root, 'bin/rapport'), 'seed', '--if-empty', '--customers', customers], { stdio: 'inherit', cwd: root });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const children = [spawn(node, [...register, join(root, 'apps/gateway/src/main.ts')], { stdio: 'inherit', cwd: root })];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
