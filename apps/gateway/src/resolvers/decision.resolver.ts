import { BatchRunEntity, type OfferEntity } from '@rapport/data-access';
import { BatchRun, Channel, Decision, type Offer } from '@rapport/graphql-schema';
import { type SuppressedOffer as EngineSuppressedOffer } from '@rapport/decisioning';
import { RapportError } from '@rapport/shared-util';
import { JSONObjectResolver } from 'graphql-scalars';
import { Max, MaxLength, Min } from 'class-validator';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { INTERACTION_RECORDERS, READERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { decideNextBestActions } from '../decisioning/next-best-actions.service';
import { toOffer, toRecommendation } from '../mappers/to-graphql';
import { selectsField } from '../selection/selects-field';

@ArgsType()
class NextBestActionsArgs {
  @Field(() => ID)
  @MaxLength(36)
  customerId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => String, { defaultValue: 'inbound', description: 'inbound (the customer is here) or outbound.' })
  direction!: string;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'Request context rules can read as context.*, e.g. {"intent":"complaint"}.',
  })
  context?: Record<string, unknown> | null;

  @Field(() => Int, { defaultValue: 3 })
  @Min(1)
  @Max(20)
  limit!: number;
}

@ArgsType()
class BatchRunsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Only runs of this kind (refresh, …).' })
  @MaxLength(32)
  kind?: string | null;
}

/**
 * GraphQL views of the engine cache's offer rows, made once per row rather than per decision (an
 * explanation names most of the catalog). Rows of a replaced catalog are collected with it.
 */
const offerViews = new WeakMap<OfferEntity, Offer>();
function offerView(entity: OfferEntity): Offer {
  let view = offerViews.get(entity);
  if (!view) offerViews.set(entity, (view = toOffer(entity)));
  return view;
}

/**
 * A dropped offer as GraphQL shows it, over the engine's record: `offer` and `reasons` are made
 * only when the query selects them (an explanation lists most of a 500-offer catalog).
 */
class SuppressedView {
  constructor(
    private readonly entry: EngineSuppressedOffer,
    private readonly entity: OfferEntity,
  ) {}
  get offer(): Offer {
    return offerView(this.entity);
  }
  get stage(): string {
    return this.entry.stage;
  }
  get ruleId(): string {
    return this.entry.ruleId;
  }
  get reasons(): string[] {
    return [this.entry.reason];
  }
  get priority(): number | null {
    return this.entry.priority;
  }
}

/** The GraphQL views of a decision's dropped offers; one deleted meanwhile is left out. */
function suppressedViews(
  suppressed: readonly EngineSuppressedOffer[],
  offers: ReadonlyMap<string, OfferEntity>,
): SuppressedView[] {
  const views: SuppressedView[] = [];
  for (const entry of suppressed) {
    const entity = offers.get(entry.offerId);
    if (entity) views.push(new SuppressedView(entry, entity));
  }
  return views;
}

@Resolver(() => Decision)
export class DecisionResolver {
  @Authorized(...INTERACTION_RECORDERS)
  @Query(() => Decision, {
    description:
      'Decides the next best actions for a customer on a channel now, records the impressions, and explains every factor and every dropped offer.',
  })
  async nextBestActions(
    @Args(() => NextBestActionsArgs) args: NextBestActionsArgs,
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Decision> {
    if (args.direction !== 'inbound' && args.direction !== 'outbound') {
      throw new RapportError('BAD_USER_INPUT', 'direction must be inbound or outbound', 'direction');
    }
    const { decision, recommendations, offers } = await decideNextBestActions(context, {
      customerId: args.customerId,
      channel: args.channel,
      direction: args.direction,
      context: args.context ?? {},
      limit: args.limit,
      now: context.now,
      // Every dropped offer (most of a large catalog) is explained only when the query shows them.
      explain: selectsField(info, 'suppressed'),
    });
    // Recommendation.offer then finds the rows the decision used instead of querying them again.
    for (const r of recommendations) {
      const offer = offers.get(r.offerId);
      if (offer) context.loaders.offerById.prime(r.offerId, offer);
    }
    return {
      id: decision.id,
      customerId: decision.customerId,
      channel: args.channel,
      direction: decision.direction,
      decidedAt: new Date(decision.decidedAt),
      modelVersion: decision.modelVersion,
      control: decision.control,
      candidateCount: decision.candidateCount,
      recommendations: recommendations.map(toRecommendation),
      suppressed: suppressedViews(decision.suppressed, offers),
    };
  }

  @Authorized(...READERS)
  @Query(() => [BatchRun], {
    description: 'The latest batch runs (refresh, scoring, …), newest first, with progress and figures.',
  })
  async batchRuns(
    @Args(() => BatchRunsArgs) { first, kind }: BatchRunsArgs,
    @Ctx() context: GatewayContext,
  ): Promise<BatchRun[]> {
    const runs = await context.dataSource.manager.find(BatchRunEntity, {
      where: kind ? { kind } : {},
      order: { startedAt: 'DESC' },
      take: first,
    });
    return runs.map((run) => ({
      id: run.id,
      kind: run.kind,
      status: run.status,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      counts: run.counts,
      params: run.params,
      errorCount: run.errors?.length ?? 0,
      checkpoint: run.checkpoint,
      shards: run.shards,
    }));
  }
}
