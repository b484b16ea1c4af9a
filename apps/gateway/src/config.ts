import { resolveDatabaseConfig } from '@rapport/data-access';
import { RapportError } from '@rapport/shared-util';

/** Used only outside production, so `npm start` works without setup; production refuses it. */
export const DEV_JWT_SECRET = 'rapport-development-secret-do-not-use-in-production';
const MIN_SECRET_LENGTH = 32;

export interface GatewayConfig {
  port: number;
  production: boolean;
  jwtSecret: string;
  /** Largest accepted request body: bytes, or with a unit (100kb, 1mb). */
  bodyLimit: string;
  maxDepth: number;
  maxCost: number;
  /** Print one development token per role at start-up. */
  printDevTokens: boolean;
}

/** Reads the gateway's settings from the environment; refuses an unsafe production setup. */
export function resolveGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env['NODE_ENV'] === 'production';
  const secret = env['RAPPORT_JWT_SECRET']?.trim();
  if (production && (!secret || secret === DEV_JWT_SECRET || secret.length < MIN_SECRET_LENGTH)) {
    throw new RapportError(
      'BAD_USER_INPUT',
      `RAPPORT_JWT_SECRET must be set to a random secret of at least ${MIN_SECRET_LENGTH} characters in production (no default secret is accepted).`,
      'RAPPORT_JWT_SECRET',
    );
  }
  return {
    port: Number(env['PORT'] ?? 4000),
    production,
    jwtSecret: secret || DEV_JWT_SECRET,
    bodyLimit: env['RAPPORT_BODY_LIMIT'] ?? '100kb',
    maxDepth: Number(env['RAPPORT_MAX_QUERY_DEPTH'] ?? 10),
    maxCost: Number(env['RAPPORT_MAX_QUERY_COST'] ?? 20_000),
    printDevTokens: !production,
  };
}

/** Most gateway processes RAPPORT_GATEWAY_WORKERS may ask for. */
const MAX_WORKERS = 64;

/**
 * How many gateway processes serve the port (RAPPORT_GATEWAY_WORKERS, default 1). One Node
 * process answers on one core; a machine with more cores runs one per core. SQLite allows one
 * writer at a time, so it runs one process.
 */
export function resolveGatewayWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['RAPPORT_GATEWAY_WORKERS']?.trim();
  if (!raw) return 1;
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    throw new RapportError(
      'BAD_USER_INPUT',
      `RAPPORT_GATEWAY_WORKERS must be a whole number from 1 to ${MAX_WORKERS} (got "${raw}").`,
      'RAPPORT_GATEWAY_WORKERS',
    );
  if (workers > 1 && resolveDatabaseConfig(env).kind !== 'mysql')
    throw new RapportError(
      'BAD_USER_INPUT',
      'RAPPORT_GATEWAY_WORKERS above 1 needs MySQL/MariaDB (DATABASE_URL=mysql://…): SQLite allows one writer at a time.',
      'RAPPORT_GATEWAY_WORKERS',
    );
  return workers;
}
