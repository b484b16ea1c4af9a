import { type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { BenchmarkResolver } from './resolvers/benchmark.resolver';
import { ConsentResolver } from './resolvers/consent.resolver';
import { ConversationEventResolver, ConversationResolver } from './resolvers/conversation.resolver';
import { CustomerResolver } from './resolvers/customer.resolver';
import { DecisionResolver } from './resolvers/decision.resolver';
import { DecisioningInsightsResolver } from './resolvers/decisioning-insights.resolver';
import { IdentityLinkResolver } from './resolvers/identity-link.resolver';
import { InteractionResolver } from './resolvers/interaction.resolver';
import { OfferResolver } from './resolvers/offer.resolver';
import { PrivacyResolver } from './resolvers/privacy.resolver';
import { RecommendationResolver } from './resolvers/recommendation.resolver';

const RESOLVERS = [
  CustomerResolver,
  ConversationResolver,
  ConversationEventResolver,
  OfferResolver,
  RecommendationResolver,
  InteractionResolver,
  ConsentResolver,
  PrivacyResolver,
  DecisionResolver,
  DecisioningInsightsResolver,
  IdentityLinkResolver,
] as const;

const cache = new Map<boolean, Promise<GraphQLSchema>>();

/** The gateway's schema (built once per process). `withBenchmark` adds `benchmarkConstant`. */
export function buildGatewaySchema(withBenchmark = false): Promise<GraphQLSchema> {
  let schema = cache.get(withBenchmark);
  if (!schema) {
    const resolvers = (withBenchmark ? [...RESOLVERS, BenchmarkResolver] : [...RESOLVERS]) as unknown as NonEmptyArray<
      () => unknown
    >;
    schema = buildSchema({
      resolvers: resolvers as unknown as NonEmptyArray<new () => object>,
      authChecker,
      validate: { forbidUnknownValues: false },
    });
    cache.set(withBenchmark, schema);
  }
  return schema;
}
