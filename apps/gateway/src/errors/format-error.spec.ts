import { GraphQLError } from 'graphql';
import { RapportError } from '@rapport/shared-util';
import { createLogger } from '../observability/logger';
import { createErrorFormatter } from './format-error';

describe('createErrorFormatter', () => {
  const logger = createLogger('silent');

  it('maps a RapportError to its code and field', () => {
    const format = createErrorFormatter(true, logger);
    const error = new GraphQLError('x', {
      path: ['updateOffer'],
      originalError: new RapportError('CONFLICT', 'stale', 'expectedVersion'),
    });
    expect(format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'stale',
      path: undefined,
      locations: undefined,
      extensions: { code: 'CONFLICT', field: 'expectedVersion' },
    });
  });

  it('hides unexpected errors in production', () => {
    const format = createErrorFormatter(true, logger);
    const error = new GraphQLError('db password is hunter2', {
      path: ['customer'],
      originalError: new Error('db password is hunter2'),
    });
    expect(
      format(
        { message: 'db password is hunter2', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } },
        error,
      ),
    ).toEqual({
      message: 'Internal server error',
      path: undefined,
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes unexpected errors through in development', () => {
    const format = createErrorFormatter(false, logger);
    const formatted = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(format(formatted, new GraphQLError('boom', { originalError: new Error('boom') }))).toBe(formatted);
  });
});
