import { Counter } from 'prom-client';
import { type Logger as TypeOrmLogger } from 'typeorm';
import { type Logger } from 'pino';

/** SQL statements sent to the database (registered in each gateway's metrics registry). */
export const sqlStatementsTotal = new Counter({
  name: 'rapport_db_statements_total',
  help: 'SQL statements sent to the database.',
  registers: [],
});

/** A TypeORM logger that counts every statement and logs failed and slow ones through pino. */
export class SqlStatementLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    sqlStatementsTotal.inc();
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, query: query.slice(0, 500) }, 'SQL statement failed');
  }

  logQuerySlow(timeMs: number, query: string): void {
    this.logger.warn({ timeMs, query: query.slice(0, 500) }, 'slow SQL statement');
  }

  logSchemaBuild(): void {
    return undefined;
  }

  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
  }
}
