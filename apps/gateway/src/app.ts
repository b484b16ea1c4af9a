import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { CustomerEntity, OfferEntity } from '@rapport/data-access';
import { buildSchema, Field, Int, ObjectType, Query, Resolver, Ctx } from 'type-graphql';
import { type DataSource } from 'typeorm';

interface GatewayContext {
  dataSource: DataSource;
}

@ObjectType({ description: 'Counts of what the platform holds.' })
class PlatformStats {
  @Field(() => Int)
  customers!: number;

  @Field(() => Int)
  offers!: number;
}

@Resolver()
class PlatformResolver {
  @Query(() => PlatformStats, { description: 'How many customers and offers the platform holds.' })
  async stats(@Ctx() { dataSource }: GatewayContext): Promise<PlatformStats> {
    const [customers, offers] = await Promise.all([
      dataSource.manager.count(CustomerEntity),
      dataSource.manager.count(OfferEntity),
    ]);
    return { customers, offers };
  }
}

export interface Gateway {
  url: string;
  stop(): Promise<void>;
}

/** Builds the schema and starts the GraphQL server on `port` (0 = any free port). */
export async function createGateway(dataSource: DataSource, port: number): Promise<Gateway> {
  const schema = await buildSchema({ resolvers: [PlatformResolver], validate: false });
  const server = new ApolloServer<GatewayContext>({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port }, context: async () => ({ dataSource }) });
  return { url, stop: () => server.stop() };
}
