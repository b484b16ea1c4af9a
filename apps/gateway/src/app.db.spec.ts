import { testDatabaseKinds } from '@rapport/data-access';
import { createGateway } from './app';
import { DEV_JWT_SECRET } from './config';
import { createLogger } from './observability/logger';
import { CUSTOMER_360_QUERY } from './testing/customer-360.query';
import { HERO_ID } from './testing/gateway-fixtures';
import { startTestGateway, type TestGateway } from './testing/test-gateway';

describe.each(testDatabaseKinds())('gateway server on %s', (kind) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(kind, { bodyLimit: '2kb', maxDepth: 8, maxCost: 5_000 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.admin}`, ...headers },
      body,
    });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${t.gateway.origin}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${t.gateway.origin}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('exposes Prometheus metrics: requests, latency by operation, errors by code, DB pool', async () => {
    await t.gql(CUSTOMER_360_QUERY, { id: HERO_ID });
    await t.gql('query Missing { customer(id: "nope") { id } }');
    const response = await fetch(`${t.gateway.origin}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/rapport_http_requests_total\{route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/rapport_graphql_request_duration_seconds_count\{operation="Customer360"\} 1/);
    expect(text).toMatch(/rapport_graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/rapport_db_pool_connections\{state="open"\} \d+/);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await post('{"query":"{ offers { totalCount } }"}', { 'x-request-id': 'req-123' });
    expect(given.headers.get('x-request-id')).toBe('req-123');
    const made = await post('{"query":"{ offers { totalCount } }"}');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body over the limit with 413, and malformed JSON with 400', async () => {
    const big = await post(JSON.stringify({ query: `{ offers { totalCount } } # ${'x'.repeat(4000)}` }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
  });

  it('blocks requests a browser could send cross-site (CSRF prevention)', async () => {
    const simpleGet = await fetch(`${t.gateway.url}?query=${encodeURIComponent('{ offers { totalCount } }')}`, {
      headers: { authorization: `Bearer ${t.tokens.admin}` },
    });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
    const textPlain = await post('{"query":"{ offers { totalCount } }"}', { 'content-type': 'text/plain' });
    expect(textPlain.status).toBe(400);
  });

  it('rejects a query nested too deep', async () => {
    const deep = `{ customer(id: "${HERO_ID}") { conversation { events { edges { node { offer { revisions { nodes { id } } } } } } } } }`;
    const { status, errors } = await t.gql(deep);
    expect(status).toBe(400);
    expect(errors![0].extensions!['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toMatch(/9 levels deep; the limit is 8/);
  });

  it('rejects a query that would cost too much, before running it', async () => {
    t.counter.start();
    const { status, errors } = await t.gql(
      '{ customers(first: 100) { nodes { conversation { events(first: 100) { nodes { id summary } } } } } }',
    );
    expect(t.counter.stop()).toEqual([]);
    expect(status).toBe(400);
    expect(errors![0].message).toMatch(/exceeds the limit of 5000/);
  });

  it.each([
    ['first above 100', '{ offers(first: 101) { totalCount } }', 'first'],
    ['a negative first', '{ offers(first: -1) { totalCount } }', 'first'],
    ['a forged cursor', '{ offers(after: "!!!") { totalCount } }', 'after'],
    [
      'an inverted time range',
      `{ customer(id: "${HERO_ID}") { conversation { events(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { totalCount } } } }`,
      'filter.from',
    ],
    [
      'minValue above maxValue',
      '{ customers(filter: { minValue: 10, maxValue: 1 }) { totalCount } }',
      'filter.minValue',
    ],
  ])('answers %s with BAD_USER_INPUT naming the field', async (_case, query, field) => {
    const { errors } = await t.gql(query);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('allows introspection and includes stack traces outside production', async () => {
    const { data } = await t.gql('{ __schema { queryType { name } } }');
    expect(data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const { errors } = await t.gql('{ customer(id: "nope") { id } }');
    expect(errors![0].extensions!['stacktrace']).toBeDefined();
  });

  it('turns introspection and stack traces off in production', async () => {
    const production = await createGateway({
      dataSource: t.db.dataSource,
      config: {
        port: 0,
        production: true,
        jwtSecret: DEV_JWT_SECRET,
        bodyLimit: '100kb',
        maxDepth: 10,
        maxCost: 20_000,
        printDevTokens: false,
      },
      logger: createLogger('silent'),
    });
    try {
      const ask = (query: string) =>
        fetch(production.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.admin}` },
          body: JSON.stringify({ query }),
        }).then((r) => r.json() as Promise<any>);
      const introspection = await ask('{ __schema { queryType { name } } }');
      expect(introspection.errors[0].message).toMatch(/introspection/i);
      const missing = await ask('{ customer(id: "nope") { id } }');
      expect(missing.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    } finally {
      await production.stop();
    }
  });

  it('shuts down gracefully: in-flight requests finish, then new connections are refused', async () => {
    const second = await createGateway({
      dataSource: t.db.dataSource,
      config: {
        port: 0,
        production: false,
        jwtSecret: DEV_JWT_SECRET,
        bodyLimit: '100kb',
        maxDepth: 10,
        maxCost: 20_000,
        printDevTokens: false,
      },
      logger: createLogger('silent'),
    });
    const ask = () =>
      fetch(second.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.admin}` },
        body: JSON.stringify({ query: CUSTOMER_360_QUERY, variables: { id: HERO_ID } }),
      });
    t.counter.start();
    const inFlight = ask();
    // Wait until the server is working on it (its first SQL statement ran), then stop.
    while (t.counter.statements.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const stopped = second.stop();
    const response = await inFlight;
    t.counter.stop();
    await stopped;
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.customer.id).toBe(HERO_ID);
    await expect(ask()).rejects.toThrow();
  });
});
