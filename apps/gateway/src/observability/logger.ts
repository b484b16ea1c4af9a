import pino, { type Logger } from 'pino';

/** JSON logs on stdout; level from LOG_LEVEL (default info). */
export function createLogger(level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'gateway' },
    // Belt and braces: bearer tokens and cookies never reach the logs.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
  });
}
