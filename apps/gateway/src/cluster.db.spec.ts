import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@rapport/data-access';

const ROOT = resolve(__dirname, '..', '..', '..');

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The gateway as `npm start` runs it (main.ts), in production mode, with `workers` processes. */
function startGateway(
  databaseUrl: string,
  port: number,
  workers: number,
): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(
    process.execPath,
    [
      '-r',
      'reflect-metadata',
      '-r',
      resolve(ROOT, 'tools/scripts/register-ts.cjs'),
      resolve(ROOT, 'apps/gateway/src/main.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        RAPPORT_JWT_SECRET: 'a-cluster-test-secret-of-at-least-32-characters',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RAPPORT_GATEWAY_WORKERS: String(workers),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });

describe.each(testDatabaseKinds())('gateway workers (RAPPORT_GATEWAY_WORKERS) on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  if (kind === 'sqlite') {
    it('refuses to start several processes on SQLite, saying why', async () => {
      const { child, output } = startGateway('sqlite::memory:', await freePort(), 2);
      expect(await exited(child)).toBe(1);
      expect(output()).toMatch(/RAPPORT_GATEWAY_WORKERS above 1 needs MySQL/);
    });
    return;
  }

  it('serves one port from two processes, sums their metrics, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const { child, output } = startGateway(db.url!, port, 2);
    try {
      const origin = `http://127.0.0.1:${port}`;
      // Ready once both workers answer: until then some connections are refused.
      let ready = 0;
      for (let i = 0; i < 300 && ready < 10; i++) {
        const ok = await fetch(`${origin}/readyz`, { headers: { connection: 'close' } })
          .then((r) => r.ok)
          .catch(() => false);
        ready = ok ? ready + 1 : 0;
        if (!ok) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready).toBe(10);
      // New connections each time, so the requests spread over both workers.
      for (let i = 0; i < 12; i++) await fetch(`${origin}/healthz`, { headers: { connection: 'close' } });
      const metrics = await (await fetch(`${origin}/metrics`)).text();
      // The sum over the workers (each worker alone saw only some of them).
      expect(metrics).toMatch(/rapport_http_requests_total\{route="\/healthz",status="200"\} 12\n/);
      // Each worker keeps its own pool of at least one open connection.
      expect(Number(/rapport_db_pool_connections\{state="open"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(2);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(output()).not.toMatch(/"level":50/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
