import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One shard of a distributed batch run.' })
export class BatchRunShard {
  @Field(() => Int)
  index!: number;

  @Field()
  status!: string;

  @Field(() => Int)
  processed!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A run of a long job (refresh, scoring, import) with its progress and figures.',
})
export class BatchRun {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field({ description: 'running, completed, failed or stopped.' })
  status!: string;

  @Field(() => DateTimeResolver)
  startedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'Counters per step (customers, recommendations, skipped, ms per phase).',
  })
  counts!: Record<string, number> | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  params!: Record<string, unknown> | null;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => String, { nullable: true, description: 'Last customer id committed; a resumed run continues after it.' })
  checkpoint!: string | null;

  @Field(() => [BatchRunShard], { nullable: true })
  shards!: BatchRunShard[] | null;
}
