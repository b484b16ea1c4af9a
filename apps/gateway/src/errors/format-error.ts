import { unwrapResolverError } from '@apollo/server/errors';
import { RapportError } from '@rapport/shared-util';
import { type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The dotted path and message of the first failed constraint (nested inputs included). */
function firstViolation(
  errors: readonly ValidationErrorLike[],
  prefix = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * Shapes every error a client sees: RapportError → its code (and `field`), argument validation →
 * BAD_USER_INPUT with the offending field, anything unexpected → logged and, in production,
 * reduced to "Internal server error" (Apollo already drops stack traces there).
 */
export function createErrorFormatter(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { path: formatted.path, locations: formatted.locations };
    // Apollo adds stack traces only outside production; keep them on errors we reshape.
    const trace =
      !production && formatted.extensions?.['stacktrace'] ? { stacktrace: formatted.extensions['stacktrace'] } : {};
    if (original instanceof RapportError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...trace },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const reported = original.extensions['validationErrors'];
      const violation = firstViolation(Array.isArray(reported) ? (reported as ValidationErrorLike[]) : []);
      return {
        ...base,
        message: violation ? `${violation.field}: ${violation.message}` : original.message,
        extensions: { code: 'BAD_USER_INPUT', ...(violation ? { field: violation.field } : {}), ...trace },
      };
    }
    const code = formatted.extensions?.['code'];
    if (!code || code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
      if (production)
        return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
