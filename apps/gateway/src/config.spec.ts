import { DEV_JWT_SECRET, resolveGatewayConfig, resolveGatewayWorkers } from './config';

describe('resolveGatewayConfig', () => {
  it('uses the development secret and prints dev tokens outside production', () => {
    expect(resolveGatewayConfig({})).toMatchObject({
      production: false,
      jwtSecret: DEV_JWT_SECRET,
      printDevTokens: true,
      port: 4000,
    });
  });

  it.each([
    ['no secret', {}],
    ['the development secret', { RAPPORT_JWT_SECRET: DEV_JWT_SECRET }],
    ['a short secret', { RAPPORT_JWT_SECRET: 'short' }],
  ])('refuses to start in production with %s', (_case, env) => {
    expect(() => resolveGatewayConfig({ NODE_ENV: 'production', ...env })).toThrow(/RAPPORT_JWT_SECRET/);
  });

  it('accepts a real secret in production and prints no tokens', () => {
    const secret = 'x'.repeat(48);
    expect(resolveGatewayConfig({ NODE_ENV: 'production', RAPPORT_JWT_SECRET: secret, PORT: '8080' })).toMatchObject({
      production: true,
      jwtSecret: secret,
      printDevTokens: false,
      port: 8080,
    });
  });
});

describe('resolveGatewayWorkers', () => {
  const mysql = { DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' };

  it('runs one process unless told otherwise', () => {
    expect(resolveGatewayWorkers({})).toBe(1);
    expect(resolveGatewayWorkers({ ...mysql, RAPPORT_GATEWAY_WORKERS: '2' })).toBe(2);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])('refuses %s', (workers) => {
    expect(() => resolveGatewayWorkers({ ...mysql, RAPPORT_GATEWAY_WORKERS: workers })).toThrow(/whole number/);
  });

  it('refuses several processes on SQLite', () => {
    expect(() => resolveGatewayWorkers({ RAPPORT_GATEWAY_WORKERS: '2' })).toThrow(/SQLite/);
    expect(resolveGatewayWorkers({ RAPPORT_GATEWAY_WORKERS: '1' })).toBe(1);
  });
});
