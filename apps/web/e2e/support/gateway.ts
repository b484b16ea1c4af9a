import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A throw-away SQLite database with the deterministic demo data. */
export function seedDatabase(file: string): string {
  const url = `sqlite:${file}`;
  execFileSync(process.execPath, [join(ROOT, 'bin/rapport'), 'seed', '--customers', '200', '--seed', '1', '--as-of', '2026-11-01'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
  return url;
}

export interface RunningGateway {
  url: string;
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

/** Runs the real gateway from source and reads the development tokens it prints. */
export async function startGateway(databaseUrl: string): Promise<RunningGateway> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'reflect-metadata', '-r', join(ROOT, 'tools/scripts/register-ts.cjs'), join(ROOT, 'apps/gateway/src/main.ts')],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const tokens = await new Promise<Record<string, string>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not print its tokens in 90 s:\n${output.slice(-2000)}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = Object.fromEntries([...output.matchAll(/^\s+(viewer|agent|offer_manager|admin|service)\s+(\S+\.\S+\.\S+)\s*$/gm)].map((m) => [m[1], m[2]]));
      if (Object.keys(found).length === 5) {
        clearTimeout(timer);
        resolve(found as Record<string, string>);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    tokens,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Calls the gateway directly (test set-up and assertions that bypass the UI). */
export async function gql<T>(gateway: RunningGateway, role: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.tokens[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
