import { Offer, Recommendation, RecommendationOutcome, RecordOutcomePayload } from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { INTERACTION_RECORDERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { recordOutcome } from '../conversation/record-outcome.service';
import { toOffer, toRecommendation } from '../mappers/to-graphql';

@ArgsType()
class RecordOutcomeArgs {
  @Field(() => ID)
  @MaxLength(36)
  recommendationId!: string;

  @Field(() => RecommendationOutcome)
  outcome!: RecommendationOutcome;

  @Field(() => String, { nullable: true, description: 'Retry-safety key; defaults to "<recommendationId>:<outcome>".' })
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => Offer)
  async offer(@Root() recommendation: Recommendation, @Ctx() context: GatewayContext): Promise<Offer> {
    const offer = await context.loaders.offerById.load(recommendation.offerId);
    if (!offer) throw new RapportError('NOT_FOUND', `recommendation ${recommendation.id} names a missing offer`);
    return toOffer(offer);
  }

  @Authorized(...INTERACTION_RECORDERS)
  @Mutation(() => RecordOutcomePayload, {
    description:
      'Stores what happened to a recommendation, adds the answer to the conversation and updates the propensity models — once, however often it is retried.',
  })
  async recordOutcome(
    @Args(() => RecordOutcomeArgs) { recommendationId, outcome, idempotencyKey }: RecordOutcomeArgs,
    @Ctx() context: GatewayContext,
  ): Promise<RecordOutcomePayload> {
    const result = await recordOutcome(
      context.dataSource,
      recommendationId,
      outcome,
      idempotencyKey ?? null,
      context.now,
    );
    // Use what was learned at once in this process; other processes read it within CATALOG_CHECK_MS.
    if (result.learned.length > 0) await context.engines.absorb(result.learned);
    return { recommendation: toRecommendation(result.recommendation), created: result.created };
  }
}
