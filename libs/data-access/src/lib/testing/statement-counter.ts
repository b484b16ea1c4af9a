import { type Logger } from 'typeorm';

/** A TypeORM logger that records every SQL statement while `recording` is on. */
export class StatementCounter implements Logger {
  statements: string[] = [];
  recording = false;

  start(): void {
    this.statements = [];
    this.recording = true;
  }

  stop(): string[] {
    this.recording = false;
    return this.statements;
  }

  logQuery(query: string): void {
    if (this.recording) this.statements.push(query);
  }
  // The other log kinds are not statements: ignore them.
  logQueryError(): void {
    return undefined;
  }
  logQuerySlow(): void {
    return undefined;
  }
  logSchemaBuild(): void {
    return undefined;
  }
  logMigration(): void {
    return undefined;
  }
  log(): void {
    return undefined;
  }
}
