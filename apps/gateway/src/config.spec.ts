import { DEV_JWT_SECRET, resolveGatewayConfig } from './config';

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
