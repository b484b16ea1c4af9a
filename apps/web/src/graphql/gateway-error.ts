import { type CombinedError } from 'urql';

/** Error codes the gateway puts in `extensions.code` (issue 3). */
export type GatewayErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'NETWORK'
  | 'UNKNOWN';

export function errorCode(error: CombinedError): GatewayErrorCode {
  if (error.networkError && error.graphQLErrors.length === 0) {
    const status = (error.response as { status?: number } | undefined)?.status;
    return status === 401 ? 'UNAUTHENTICATED' : 'NETWORK';
  }
  const code = error.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? (code as GatewayErrorCode) : 'UNKNOWN';
}

/** A sentence a user can act on. */
export function errorMessage(error: CombinedError): string {
  switch (errorCode(error)) {
    case 'NETWORK':
      return 'The gateway cannot be reached. Check that it is running and try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has expired. Sign in again.';
    case 'FORBIDDEN':
      return 'Your role is not allowed to do this.';
    default:
      return error.graphQLErrors[0]?.message ?? error.message;
  }
}

function fieldNameFromExtensions(extensions: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const key of ['field', 'argumentName', 'path']) {
    const value = extensions[key];
    if (typeof value === 'string') names.push(value);
    if (Array.isArray(value)) names.push(value.filter((p) => typeof p === 'string').join('.'));
  }
  const fields = extensions['fields'];
  if (fields && typeof fields === 'object') names.push(...Object.keys(fields));
  return names;
}

/**
 * BAD_USER_INPUT errors as field → message. The gateway names the offending field in the
 * error's extensions (`field`, or `fields` for several); a nested path such as `input.code` is
 * reduced to its last part so it matches the form's field names.
 */
export function fieldErrors(error: CombinedError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphQLError of error.graphQLErrors) {
    const extensions = graphQLError.extensions ?? {};
    if (extensions['code'] !== 'BAD_USER_INPUT') continue;
    const fields = extensions['fields'];
    if (fields && typeof fields === 'object' && !Array.isArray(fields)) {
      for (const [name, message] of Object.entries(fields as Record<string, unknown>)) {
        result[lastPart(name)] = typeof message === 'string' ? message : graphQLError.message;
      }
      continue;
    }
    for (const name of fieldNameFromExtensions(extensions)) result[lastPart(name)] = graphQLError.message;
  }
  return result;
}

function lastPart(path: string): string {
  return path.split('.').pop() ?? path;
}

/** True when the gateway does not know a field yet (schema older than the client). */
export function isMissingField(error: CombinedError, field: string): boolean {
  return error.graphQLErrors.some((e) => e.message.includes(`Cannot query field "${field}"`));
}
