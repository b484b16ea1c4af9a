import { BatchRunEntity } from '@rapport/data-access';
import { BatchRun, Channel, Decision } from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { JSONObjectResolver } from 'graphql-scalars';
import { Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { INTERACTION_RECORDERS, READERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { decideNextBestActions } from '../decisioning/next-best-actions.service';
import { toOffer, toRecommendation } from '../mappers/to-graphql';

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
  ): Promise<Decision> {
    if (args.direction !== 'inbound' && args.direction !== 'outbound') {
      throw new RapportError('BAD_USER_INPUT', 'direction must be inbound or outbound', 'direction');
    }
    const { decision, recommendations, suppressedOffers } = await decideNextBestActions(
      context.dataSource,
      context.engines,
      {
        customerId: args.customerId,
        channel: args.channel,
        direction: args.direction,
        context: args.context ?? {},
        limit: args.limit,
        now: context.now,
      },
    );
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
      suppressed: decision.suppressed
        .filter((s) => suppressedOffers.has(s.offerId))
        .map((s) => ({
          offer: toOffer(suppressedOffers.get(s.offerId) as NonNullable<ReturnType<typeof suppressedOffers.get>>),
          stage: s.stage,
          ruleId: s.ruleId,
          reasons: [s.reason],
          priority: s.priority,
        })),
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
