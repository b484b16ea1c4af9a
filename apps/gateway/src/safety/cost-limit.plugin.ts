import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * Cost of a field: 1, plus its children's cost times the page size for connection fields
 * (anything with a `first` argument), so asking for 100 customers × 100 events is priced as such.
 */
export const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? Math.max(1, args['first']) : 1;
  return 1 + childComplexity * first;
};

const CACHE_LIMIT = 1000;

/**
 * Only numbers (page sizes) and booleans (@include/@skip) in the variables can change the cost;
 * ids and strings cannot, so the cost is cached per query text and those values.
 */
function cacheKey(
  query: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  const relevant = Object.entries(variables ?? {}).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean');
  return `${operationName ?? ''}\u0000${JSON.stringify(relevant)}\u0000${query}`;
}

/** Rejects operations whose estimated cost exceeds `maxCost` before anything runs. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const costs = new Map<string, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, source }) {
          const key = cacheKey(source, request.operationName, request.variables);
          let cost = costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName,
                variables: request.variables,
                estimators: [connectionEstimator],
              });
            } catch {
              // Variables that do not coerce: execution reports them as BAD_USER_INPUT before any resolver runs.
              return;
            }
            if (costs.size >= CACHE_LIMIT) costs.clear();
            costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer or smaller pages.`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
