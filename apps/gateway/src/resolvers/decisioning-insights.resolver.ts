import { measureRealtimeLift, type OfferEntity } from '@rapport/data-access';
import { ALL_CHANNELS, selectModelReports } from '@rapport/decisioning';
import { Channel, DecisionLift, type PropensityModel, PropensityModelReport } from '@rapport/graphql-schema';
import { MS_PER_DAY, RapportError } from '@rapport/shared-util';
import { DateTimeResolver } from 'graphql-scalars';
import { Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, Float, ID, Int, Query, Resolver } from 'type-graphql';
import { READERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { toOffer } from '../mappers/to-graphql';

@ArgsType()
class PropensityModelsArgs {
  @Field(() => ID, { nullable: true, description: "Only this offer's models." })
  @MaxLength(36)
  offerId?: string | null;

  @Field(() => Channel, { nullable: true, description: 'Only the models of this channel.' })
  channel?: Channel | null;

  @Field(() => Int, { defaultValue: 1, description: 'Only models learned from at least this many outcomes.' })
  @Min(0)
  minEvidence!: number;

  @Field(() => Int, { defaultValue: 100 })
  @Min(0)
  @Max(1000)
  first!: number;
}

/** The longest window a lift report counts over (it scans the window's real-time recommendations). */
const MAX_LIFT_WINDOW_DAYS = 400;

@ArgsType()
class DecisionLiftArgs {
  @Field(() => DateTimeResolver, { description: 'Recommendations generated from this time…' })
  since!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: '…until this one (default: now).' })
  until?: Date | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => ID, { nullable: true })
  @MaxLength(36)
  offerId?: string | null;

  @Field(() => Float, { defaultValue: 0.95, description: 'Confidence level of the interval, 0.5 to 0.999.' })
  @Min(0.5)
  @Max(0.999)
  confidence!: number;
}

/**
 * What the models learned and what they earn: the propensity models with their evidence and AUC
 * (from the process's engine, which reads models other processes learned every few seconds), and
 * the lift of model-driven real-time decisions over the random control group.
 */
@Resolver()
export class DecisioningInsightsResolver {
  @Authorized(...READERS)
  @Query(() => PropensityModelReport, {
    description: 'The propensity models with their evidence, propensity and AUC, most evidence first.',
  })
  async propensityModels(
    @Args(() => PropensityModelsArgs) { offerId, channel, minEvidence, first }: PropensityModelsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<PropensityModelReport> {
    const { store, offers } = await context.engines.get();
    const matching = selectModelReports(store.report(), { offerId, channel, minEvidence });
    const shown = matching.slice(0, first);
    // Offers no longer active are not in the engine's catalog: one statement for those.
    const missing = shown.filter((m) => !offers.has(m.offerId)).map((m) => m.offerId);
    const found = missing.length > 0 ? await context.loaders.offerById.loadMany([...new Set(missing)]) : [];
    const byId = new Map<string, OfferEntity>(offers);
    for (const offer of found) if (offer && !(offer instanceof Error)) byId.set(offer.id, offer);
    return {
      totalCount: matching.length,
      pooledAuc: store.overallAuc(),
      models: shown.map((model): PropensityModel => {
        const offer = byId.get(model.offerId);
        return {
          offerId: model.offerId,
          offer: offer ? toOffer(offer) : null,
          channel: model.channel === ALL_CHANNELS ? null : (model.channel as Channel),
          segment: model.segment,
          evidence: model.evidence,
          positives: model.positives,
          negatives: model.negatives,
          propensity: model.propensity,
          auc: model.auc,
        };
      }),
    };
  }

  @Authorized(...READERS)
  @Query(() => DecisionLift, {
    description:
      'Success rate of model-driven real-time recommendations against the random control group in a window, with a confidence interval on the difference.',
  })
  async decisionLift(
    @Args(() => DecisionLiftArgs) { since, until, channel, offerId, confidence }: DecisionLiftArgs,
    @Ctx() context: GatewayContext,
  ): Promise<DecisionLift> {
    const end = until ?? context.now;
    if (!(since.getTime() < end.getTime()))
      throw new RapportError('BAD_USER_INPUT', 'since must be before until', 'since');
    if (end.getTime() - since.getTime() > MAX_LIFT_WINDOW_DAYS * MS_PER_DAY)
      throw new RapportError('BAD_USER_INPUT', `the window may span at most ${MAX_LIFT_WINDOW_DAYS} days`, 'since');
    // Successes as the models count them (measureRealtimeLift's default): no engine needed here.
    const lift = await measureRealtimeLift(
      context.dataSource.manager,
      { since, until: end, channel: channel ?? null, offerId: offerId ?? null },
      confidence,
    );
    return { ...lift, since, until: end, channel: channel ?? null, offerId: offerId ?? null, confidence };
  }
}
