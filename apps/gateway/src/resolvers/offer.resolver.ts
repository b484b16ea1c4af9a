import { countOffers, searchOffers } from '@rapport/data-access';
import {
  ConnectionArgs,
  CreateOfferInput,
  Offer,
  OfferConnection,
  OfferFilter,
  OfferPatchInput,
  OfferRevisionConnection,
} from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { OFFER_EDITORS, READERS } from '../auth/roles';
import { type GatewayContext, requireCaller } from '../context';
import { toOffer, toOfferRevision } from '../mappers/to-graphql';
import { connectionFromArray, connectionFromOffsetPage } from '../pagination/build-connection';
import { checkPageSize } from '../pagination/check-page-size';
import { offsetAfter } from '../pagination/cursor';
import { createOffer, publishOffer, retireOffer, updateOffer } from '../offers/offer.service';

@ArgsType()
class VersionedOfferArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is a CONFLICT.' })
  @Min(1)
  expectedVersion!: number;
}

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(...READERS)
  @Query(() => Offer, { description: 'One offer by id (NOT_FOUND if unknown).' })
  async offer(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<Offer> {
    const offer = await context.loaders.offerById.load(id);
    if (!offer) throw new RapportError('NOT_FOUND', `no offer with id ${id}`, 'id');
    return toOffer(offer);
  }

  @Authorized(...READERS)
  @Query(() => OfferConnection, { description: 'Offers matching a filter, by code.' })
  async offers(
    @Arg('filter', () => OfferFilter, { nullable: true }) filter: OfferFilter | null,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<OfferConnection> {
    checkPageSize(first);
    const criteria = {
      status: filter?.status,
      kind: filter?.kind,
      channel: filter?.channel,
      search: filter?.search?.trim() || null,
    };
    const offset = offsetAfter(after);
    const manager = context.dataSource.manager;
    const rows = await searchOffers(manager, criteria, offset, first + 1);
    for (const row of rows) context.loaders.offerById.prime(row.id, row);
    return connectionFromOffsetPage(rows.map(toOffer), first, offset, () => countOffers(manager, criteria));
  }

  @FieldResolver(() => OfferRevisionConnection, { description: 'Every change, newest first.' })
  async revisions(
    @Root() offer: Offer,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<OfferRevisionConnection> {
    checkPageSize(first);
    const rows = await context.loaders.revisionsByOffer.load(offer.id);
    return connectionFromArray(rows.map(toOfferRevision), first, offsetAfter(after));
  }

  @Authorized(...OFFER_EDITORS)
  @Mutation(() => Offer, { description: 'Creates a DRAFT offer at version 1.' })
  async createOffer(
    @Arg('input', () => CreateOfferInput) input: CreateOfferInput,
    @Ctx() context: GatewayContext,
  ): Promise<Offer> {
    return toOffer(await createOffer(context.dataSource, input, requireCaller(context).subject, context.now));
  }

  @Authorized(...OFFER_EDITORS)
  @Mutation(() => Offer, { description: 'Changes an offer if it is still at expectedVersion (else CONFLICT).' })
  async updateOffer(
    @Args(() => VersionedOfferArgs) { id, expectedVersion }: VersionedOfferArgs,
    @Arg('patch', () => OfferPatchInput) patch: OfferPatchInput,
    @Ctx() context: GatewayContext,
  ): Promise<Offer> {
    const offer = await updateOffer(
      context.dataSource,
      id,
      expectedVersion,
      patch,
      requireCaller(context).subject,
      context.now,
    );
    return catalogChanged(context, offer);
  }

  @Authorized(...OFFER_EDITORS)
  @Mutation(() => Offer, {
    description: 'Validates a DRAFT (rules, channels, treatments, validity window) and makes it ACTIVE.',
  })
  async publishOffer(
    @Args(() => VersionedOfferArgs) { id, expectedVersion }: VersionedOfferArgs,
    @Ctx() context: GatewayContext,
  ): Promise<Offer> {
    const offer = await publishOffer(
      context.dataSource,
      id,
      expectedVersion,
      requireCaller(context).subject,
      context.now,
    );
    return catalogChanged(context, offer);
  }

  @Authorized(...OFFER_EDITORS)
  @Mutation(() => Offer, { description: 'Retires a DRAFT or ACTIVE offer (final).' })
  async retireOffer(
    @Args(() => VersionedOfferArgs) { id, expectedVersion }: VersionedOfferArgs,
    @Ctx() context: GatewayContext,
  ): Promise<Offer> {
    const offer = await retireOffer(
      context.dataSource,
      id,
      expectedVersion,
      requireCaller(context).subject,
      context.now,
    );
    return catalogChanged(context, offer);
  }
}

/** After a catalog change: the next decision rebuilds its engine with it; returns the offer's view. */
function catalogChanged(context: GatewayContext, offer: Parameters<typeof toOffer>[0]): Offer {
  context.engines.invalidate();
  return toOffer(offer);
}
