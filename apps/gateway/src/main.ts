import 'reflect-metadata';
import cluster from 'node:cluster';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@rapport/data-access';
import { printSchema } from 'graphql';
import { type Logger } from 'pino';
import { createDevTokens } from './auth/dev-tokens';
import { createGateway } from './app';
import { runGatewayPrimary } from './cluster';
import { type GatewayConfig, resolveGatewayConfig, resolveGatewayWorkers } from './config';
import { createLogger } from './observability/logger';
import { SqlStatementLogger } from './observability/sql-statement-logger';
import { setBenchmarkConstant } from './resolvers/benchmark.resolver';
import { buildGatewaySchema } from './schema';

/** Where the checked-in SDL lives (the web client's codegen reads it). */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'libs', 'graphql-schema', 'schema.graphql');

/**
 * Starts the gateway: one process, or with RAPPORT_GATEWAY_WORKERS=N a primary that runs N
 * worker processes on the same port (see cluster.ts). The primary keeps the schema file in step
 * and prints the development tokens; each worker serves.
 */
async function main(): Promise<void> {
  const logger = createLogger();
  const config = resolveGatewayConfig();
  const workers = resolveGatewayWorkers();
  if (cluster.isPrimary) await updateSchemaFile(config, logger);
  if (cluster.isPrimary && workers > 1) {
    runGatewayPrimary(workers, logger);
    printDevTokens(config);
    return;
  }
  await serve(config, logger);
  if (cluster.isPrimary) printDevTokens(config);
}

/** Outside production, rewrites the checked-in schema.graphql when the code's schema changed. */
async function updateSchemaFile(config: GatewayConfig, logger: Logger): Promise<void> {
  if (config.production) return;
  const sdl = `${printSchema(await buildGatewaySchema(false))}\n`;
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // first run
  }
  if (current !== sdl) {
    writeFileSync(SCHEMA_FILE, sdl);
    logger.info({ file: SCHEMA_FILE }, 'schema.graphql updated');
  }
}

function printDevTokens(config: GatewayConfig): void {
  if (!config.printDevTokens) return;
  const tokens = createDevTokens(config.jwtSecret);
  const lines = Object.entries(tokens).map(([role, token]) => `  ${role.padEnd(13)} ${token}`);
  process.stdout.write(
    `\nDevelopment bearer tokens (valid 30 days; send "Authorization: Bearer <token>"):\n${lines.join('\n')}\n\n`,
  );
}

/** One serving process: the database pool, the HTTP server, and a graceful stop on SIGTERM/SIGINT. */
async function serve(config: GatewayConfig, logger: Logger): Promise<void> {
  // Set by tools/bench/gateway: the file holds a real customer-360 response, written once the
  // server is up, so it is read on first use.
  const benchmarkFile = process.env['RAPPORT_BENCHMARK_CONSTANT_FILE'];
  if (benchmarkFile) setBenchmarkConstant(() => JSON.parse(readFileSync(benchmarkFile, 'utf8')));

  const dataSource = await openDatabase(undefined, {
    poolSize: Number(process.env['DB_POOL_SIZE'] ?? 10),
    logger: new SqlStatementLogger(logger),
  });
  const gateway = await createGateway({ dataSource, config, logger, withBenchmark: Boolean(benchmarkFile) });
  logger.info({ url: `http://localhost:${gateway.port}/graphql`, production: config.production }, 'gateway ready');
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    await gateway.stop();
    await dataSource.destroy();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
