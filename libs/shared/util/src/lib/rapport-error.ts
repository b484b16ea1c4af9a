/** Error codes shared by every layer; the gateway maps them 1:1 to GraphQL error codes. */
export type RapportErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INTERNAL';

/** A typed error with a code, a message a user can act on, and optionally the offending field. */
export class RapportError extends Error {
  constructor(
    readonly code: RapportErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RapportError';
  }
}
