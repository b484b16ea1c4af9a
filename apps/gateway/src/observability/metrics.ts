import { type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { RapportError } from '@rapport/shared-util';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type DataSource } from 'typeorm';
import { sqlStatementsTotal } from './sql-statement-logger';

interface MysqlPoolLike {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** The gateway's Prometheus metrics, in a registry of its own (several gateways can share a process in tests). */
export function createMetrics(dataSource: DataSource) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rapport_gateway_' });
  // Counted by SqlStatementLogger when main.ts installs it (the process-wide data source).
  registry.registerMetric(sqlStatementsTotal);
  const httpRequests = new Counter({
    name: 'rapport_http_requests_total',
    help: 'HTTP requests by route and status code.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: 'rapport_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'rapport_graphql_errors_total',
    help: 'GraphQL errors by code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'rapport_db_pool_connections',
    help: 'Database pool connections by state (MySQL; SQLite has one connection).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const driver = dataSource.driver as unknown as { pool?: MysqlPoolLike };
      const pool = driver.pool;
      if (pool && pool._allConnections) {
        const all = pool._allConnections.length;
        const free = pool._freeConnections?.length ?? 0;
        this.set({ state: 'open' }, all);
        this.set({ state: 'idle' }, free);
        this.set({ state: 'busy' }, all - free);
        this.set({ state: 'waiting' }, pool._connectionQueue?.length ?? 0);
      } else {
        this.set({ state: 'open' }, dataSource.isInitialized ? 1 : 0);
      }
    },
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'unknown';
      return {
        async didResolveOperation({ operationName }) {
          operation = operationName ?? 'anonymous';
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = original instanceof RapportError ? original.code : error.extensions?.['code'];
            graphqlErrors.inc({ code: String(code ?? 'INTERNAL_SERVER_ERROR') });
          }
        },
        async willSendResponse() {
          graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
  return { registry, httpRequests, plugin };
}

export type GatewayMetrics = ReturnType<typeof createMetrics>;
