#!/usr/bin/env node
// `npm start`: migrate and (on first run) seed the database, refresh CLV and recommendations,
// then run the gateway and the web
// client. Uses DATABASE_URL when set, otherwise the embedded SQLite file in .rapport/.
// The web client is the Vite dev server on http://localhost:4200 (WEB_PORT), proxying /graphql
// to the gateway on PORT (default 4000).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const node = process.execPath;
const register = ['-r', 'reflect-metadata', '-r', join(root, 'tools/scripts/register-ts.cjs')];
const customers = process.env.RAPPORT_DEMO_CUSTOMERS ?? '2000';
const gatewayPort = process.env.PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '4200';

const seed = spawnSync(node, [join(root, 'bin/rapport'), 'seed', '--if-empty', '--customers', customers], { stdio: 'inherit', cwd: root });
if (seed.status !== 0) process.exit(seed.status ?? 1);
// CLV figures, segments and batch recommendations: a full refresh the first time, then an
// incremental one (seconds) on every start.
const refresh = spawnSync(node, [join(root, 'bin/rapport'), 'refresh'], { stdio: ['ignore', 'inherit', 'ignore'], cwd: root });
if (refresh.status !== 0) process.exit(refresh.status ?? 1);

const children = [
  spawn(node, [...register, join(root, 'apps/gateway/src/main.ts')], { stdio: 'inherit', cwd: root, env: { ...process.env, PORT: gatewayPort } }),
  spawn(node, [join(root, 'node_modules/vite/bin/vite.js'), '-c', join(root, 'apps/web/vite.config.mts'), '--port', webPort, '--strictPort'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, RAPPORT_GATEWAY_URL: process.env.RAPPORT_GATEWAY_URL ?? `http://localhost:${gatewayPort}` },
  }),
];
console.log(`\nRapport web client: http://localhost:${webPort}  (sign in with a token the gateway prints below)\n`);
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
