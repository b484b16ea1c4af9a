import 'reflect-metadata';
import { validate } from 'class-validator';
import { printSchema } from 'graphql';
import { Args, buildSchema, Query, Resolver } from 'type-graphql';
import { Offer } from '../offer/offer.type';
import { OfferConnection } from '../offer/offer.connection';
import { ConnectionArgs, MAX_PAGE_SIZE } from './connection.args';

@Resolver()
class OffersProbe {
  @Query(() => OfferConnection)
  offers(@Args(() => ConnectionArgs) _args: ConnectionArgs): OfferConnection {
    return {
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    };
  }
}

describe('Relay connections', () => {
  it('builds <Name>Connection and <Name>Edge types with first/after arguments', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [OffersProbe], validate: false }));
    expect(sdl).toContain('type OfferConnection {');
    expect(sdl).toContain('edges: [OfferEdge!]!');
    expect(sdl).toContain('totalCount: Int!');
    expect(sdl).toMatch(/after: String/);
    expect(sdl).toMatch(/first: Int! = 20/);
    expect(Offer.name).toBe('Offer');
  });

  it.each([
    [20, 0],
    [MAX_PAGE_SIZE, 0],
    [MAX_PAGE_SIZE + 1, 1],
    [-1, 1],
  ])('first = %i gives %i validation errors', async (first, errors) => {
    const args = Object.assign(new ConnectionArgs(), { first });
    // type-graphql validates with skipMissingProperties (an omitted `after` is fine).
    expect(await validate(args, { skipMissingProperties: true })).toHaveLength(errors);
  });
});
