import { createTestDatabase, type DatabaseKind, StatementCounter, type TestDatabase } from '@rapport/data-access';
import { type Role } from '@rapport/graphql-schema';
import { createGateway, type Gateway } from '../app';
import { createDevTokens } from '../auth/dev-tokens';
import { DEV_JWT_SECRET, type GatewayConfig } from '../config';
import { createLogger } from '../observability/logger';
import { seedGatewayFixtures } from './gateway-fixtures';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> | undefined;
  headers: Headers;
}

export interface TestGateway {
  db: TestDatabase;
  gateway: Gateway;
  tokens: Record<Role, string>;
  counter: StatementCounter;
  /** POSTs a GraphQL operation over real HTTP as `role` (null = anonymous). */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    role?: Role | null,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A throw-away database with the gateway fixtures and a gateway on a free port. Every SQL
 * statement goes through `counter` (recording only between start() and stop()).
 */
export async function startTestGateway(
  kind: DatabaseKind,
  overrides: Partial<GatewayConfig> = {},
  options: { fixtures?: boolean } = {},
): Promise<TestGateway> {
  const counter = new StatementCounter();
  const db = await createTestDatabase(kind, { logger: counter });
  if (options.fixtures !== false) await seedGatewayFixtures(db.dataSource);
  const config: GatewayConfig = {
    port: 0,
    production: false,
    jwtSecret: DEV_JWT_SECRET,
    bodyLimit: '100kb',
    maxDepth: 10,
    maxCost: 20_000,
    printDevTokens: false,
    ...overrides,
  };
  const gateway = await createGateway({ dataSource: db.dataSource, config, logger: createLogger('silent') });
  const tokens = createDevTokens(config.jwtSecret, 3600);
  return {
    db,
    gateway,
    tokens,
    counter,
    async gql(query, variables, role = 'admin' as Role) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (role) headers['authorization'] = `Bearer ${tokens[role]}`;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GraphQLResponse['errors'] };
      return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
    },
    async close() {
      await gateway.stop();
      await db.dispose();
    },
  };
}
