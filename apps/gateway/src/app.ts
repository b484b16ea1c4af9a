import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { RapportError } from '@rapport/shared-util';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type DataSource } from 'typeorm';
import { callerFromAuthorization, verificationKey } from './auth/jwt';
import { type GatewayConfig } from './config';
import { createContext, type GatewayContext } from './context';
import { DecisionEngineCache } from './decisioning/decision-engine.cache';
import { DecisionRecorder } from './decisioning/decision-recorder';
import { DecisionStateLoader } from './decisioning/load-decision-state';
import { createErrorFormatter } from './errors/format-error';
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

function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Builds the express app (GraphQL, health, readiness, metrics) and listens on config.port (0 = any). */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { dataSource, config } = options;
  const logger = options.logger ?? createLogger();
  const schema = await buildGatewaySchema(options.withBenchmark ?? false);
  const metrics = createMetrics(dataSource);
  // One engine, state reader and decision writer per process, shared by every request.
  const decisioning = {
    engines: new DecisionEngineCache(dataSource),
    states: new DecisionStateLoader(dataSource),
    recorder: new DecisionRecorder(dataSource),
  };
  const jwtKey = verificationKey(config.jwtSecret);
  const app = express();
  const httpServer: Server = createServer(app);
  let stopping = false;

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      // Never log headers: the Authorization header carries a bearer token.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Read the path now: a mounted router rewrites req.url before 'finish'. Unknown paths share one label.
    const route = KNOWN_ROUTES.has(req.path) ? req.path : 'other';
    res.on('finish', () => metrics.httpRequests.inc({ route, status: String(res.statusCode) }));
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

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
  await server.start();

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        let caller;
        try {
          caller = callerFromAuthorization(req.headers.authorization, jwtKey);
        } catch (error) {
          const message = error instanceof RapportError ? error.message : 'invalid bearer token';
          throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        return createContext(dataSource, caller, String(req.id ?? requestIdOf(req)), decisioning);
      },
    }),
  );

  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    const code =
      error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) req.log?.error({ err: error }, 'request failed');
    const message =
      code === 'PAYLOAD_TOO_LARGE'
        ? `The request body exceeds ${config.bodyLimit}.`
        : status < 500
          ? error.message
          : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

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
      stopped ??= server.stop();
      return stopped;
    },
  };
}
