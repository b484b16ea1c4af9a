import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@rapport/data-access';
import { printSchema } from 'graphql';
import { createDevTokens } from './auth/dev-tokens';
import { createGateway } from './app';
import { resolveGatewayConfig } from './config';
import { createLogger } from './observability/logger';
import { SqlStatementLogger } from './observability/sql-statement-logger';
import { setBenchmarkConstant } from './resolvers/benchmark.resolver';
import { buildGatewaySchema } from './schema';

/** Where the checked-in SDL lives (the web client's codegen reads it). */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'libs', 'graphql-schema', 'schema.graphql');

async function bootstrap(): Promise<void> {
  const logger = createLogger();
  const config = resolveGatewayConfig();
  // Set by tools/bench/gateway: the file holds a real customer-360 response, written once the
  // server is up, so it is read on first use.
  const benchmarkFile = process.env['RAPPORT_BENCHMARK_CONSTANT_FILE'];
  if (benchmarkFile) setBenchmarkConstant(() => JSON.parse(readFileSync(benchmarkFile, 'utf8')));

  if (!config.production) {
    // Keep the checked-in schema.graphql in step with the code in development.
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

  const dataSource = await openDatabase(undefined, {
    poolSize: Number(process.env['DB_POOL_SIZE'] ?? 10),
    logger: new SqlStatementLogger(logger),
  });
  const gateway = await createGateway({ dataSource, config, logger, withBenchmark: Boolean(benchmarkFile) });
  logger.info({ url: `http://localhost:${gateway.port}/graphql`, production: config.production }, 'gateway ready');
  if (config.printDevTokens) {
    const tokens = createDevTokens(config.jwtSecret);
    const lines = Object.entries(tokens).map(([role, token]) => `  ${role.padEnd(13)} ${token}`);
    process.stdout.write(
      `\nDevelopment bearer tokens (valid 30 days; send "Authorization: Bearer <token>"):\n${lines.join('\n')}\n\n`,
    );
  }

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

bootstrap().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
