import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { RapportError } from '@rapport/shared-util';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { CallerCache, verificationKey } from './auth/jwt';
import { clusterMetrics, isGatewayWorker, shareWorkerMetrics } from './cluster';
import { type GatewayConfig } from './config';
import { createContext, type GatewayContext } from './context';
import { DecisionEngineCache } from './decisioning/decision-engine.cache';
import { DecisionRecorder } from './decisioning/decision-recorder';
import { DecisionStateLoader } from './decisioning/load-decision-state';
import { createErrorFormatter } from './errors/format-error';
import { HttpRequestError, isJsonRequest, parseByteSize, readJsonBody } from './http/read-json-body';
import { createLogger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { costLimitPlugin } from './safety/cost-limit.plugin';
import { depthLimitRule } from './safety/depth-limit.rule';
import { buildGatewaySchema } from './schema';

export interface GatewayOptions {
  dataSource: DataSource;
  config: GatewayConfig;
  logger?: Logger;
  /** Adds the `benchmarkConstant` query (for tools/bench/gateway only). */
  withBenchmark?: boolean;
}

export interface Gateway {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The GraphQL endpoint. */
  url: string;
  port: number;
  /**
   * Graceful stop: refuse new connections, let in-flight requests finish, then return. The caller
   * closes the database pool afterwards (it owns it).
   */
  stop(): Promise<void>;
}

const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** One request and its response, as the handler passes them around. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  id: string;
  /** Metric label: a known path, or 'other'. */
  route: string;
  /** performance.now() on arrival. */
  started: number;
}

function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Builds the HTTP server (GraphQL, health, readiness, metrics) and listens on config.port (0 = any). */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { dataSource, config } = options;
  const logger = options.logger ?? createLogger();
  const schema = await buildGatewaySchema(options.withBenchmark ?? false);
  const metrics = createMetrics(dataSource);
  if (isGatewayWorker()) shareWorkerMetrics(metrics.registry);
  // One engine, state reader and decision writer per process, shared by every request.
  const decisioning = {
    engines: new DecisionEngineCache(dataSource),
    states: new DecisionStateLoader(dataSource),
    recorder: new DecisionRecorder(dataSource),
  };
  const callers = new CallerCache(verificationKey(config.jwtSecret));
  const bodyLimit = parseByteSize(config.bodyLimit);
  const logRequests = logger.isLevelEnabled('info');
  let stopping = false;

  /** Ends every response: the metric by route and status, and one access-log line. */
  const send = (exchange: Exchange, status: number, contentType: string, body: string) => {
    const { res, route } = exchange;
    res.statusCode = status;
    if (contentType) res.setHeader('content-type', contentType);
    res.end(body);
    metrics.httpRequests.inc({ route, status: String(status) });
    if (logRequests && route !== '/healthz' && route !== '/metrics')
      logger.info(
        {
          req: { id: exchange.id, method: exchange.req.method, url: exchange.req.url },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - exchange.started),
        },
        'request completed',
      );
  };
  const sendJson = (exchange: Exchange, status: number, value: unknown) =>
    send(exchange, status, 'application/json; charset=utf-8', JSON.stringify(value));

  // `handle` (below) is only called once the server listens, after everything here is set up.
  const httpServer: Server = createServer((req, res) => void handle(req, res));

  const server = new ApolloServer<GatewayContext>({
    schema,
    introspection: !config.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    validationRules: [depthLimitRule(config.maxDepth)],
    formatError: createErrorFormatter(config.production, logger),
    // Cache control would wrap every field resolver (we set no cache hints); compact JSON, not pretty.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      metrics.plugin,
      costLimitPlugin(schema, config.maxCost),
    ],
    stringifyResult: (result) => JSON.stringify(result),
  });

  /** GraphQL over HTTP (GET and POST), handed to Apollo with the caller read from the bearer token. */
  const answerGraphQL = async (exchange: Exchange, search: string) => {
    const { req } = exchange;
    const body = req.method === 'POST' && isJsonRequest(req) ? await readJsonBody(req, bodyLimit) : undefined;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: async () => {
        let caller;
        try {
          caller = callers.fromAuthorization(req.headers.authorization);
        } catch (error) {
          const message = error instanceof RapportError ? error.message : 'invalid bearer token';
          throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        return createContext(dataSource, caller, exchange.id, decisioning);
      },
    });
    for (const [key, value] of response.headers) exchange.res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      send(exchange, response.status ?? 200, '', response.body.string);
      return;
    }
    // Incremental delivery (@defer): stream the parts as Apollo makes them.
    exchange.res.statusCode = response.status ?? 200;
    for await (const chunk of response.body.asyncIterator) exchange.res.write(chunk);
    send(exchange, exchange.res.statusCode, '', '');
  };

  /** GET (and HEAD) endpoints besides GraphQL. */
  const routes: Record<string, (exchange: Exchange) => Promise<void> | void> = {
    '/healthz': (exchange) => sendJson(exchange, 200, { status: 'ok' }),
    '/readyz': async (exchange) => {
      if (stopping) return sendJson(exchange, 503, { status: 'stopping' });
      try {
        await dataSource.query('SELECT 1');
        sendJson(exchange, 200, { status: 'ready' });
      } catch (error) {
        logger.warn({ err: error }, 'readiness check failed');
        sendJson(exchange, 503, { status: 'database unreachable' });
      }
    },
    // In a cluster, every worker's figures summed (a scrape reaches one worker at random).
    '/metrics': async (exchange) =>
      send(
        exchange,
        200,
        metrics.registry.contentType,
        isGatewayWorker() ? await clusterMetrics() : await metrics.registry.metrics(),
      ),
  };

  /**
   * One handler on node:http, no framework: at thousands of requests per second a router, a
   * body-parser stack and a per-request child logger were a fifth of the gateway's CPU.
   */
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    const exchange: Exchange = {
      req,
      res,
      id: requestIdOf(req),
      route: KNOWN_ROUTES.has(path) ? path : 'other',
      started: performance.now(),
    };
    res.setHeader('x-request-id', exchange.id);
    try {
      if (path === '/graphql') return await answerGraphQL(exchange, query < 0 ? '' : url.slice(query));
      const route = routes[path];
      if (route && (req.method === 'GET' || req.method === 'HEAD')) return await route(exchange);
      sendJson(exchange, 404, {
        errors: [{ message: `Cannot ${req.method} ${path}`, extensions: { code: 'NOT_FOUND' } }],
      });
    } catch (error) {
      if (error instanceof HttpRequestError) {
        sendJson(exchange, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      logger.error({ err: error, req: { id: exchange.id, method: req.method, url } }, 'request failed');
      if (res.headersSent) res.destroy();
      else
        sendJson(exchange, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
    }
  };
  await server.start();

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    origin,
    url: `${origin}/graphql`,
    port,
    stop() {
      stopping = true;
      stopped ??= server.stop().then(() => decisioning.recorder.close());
      return stopped;
    },
  };
}
