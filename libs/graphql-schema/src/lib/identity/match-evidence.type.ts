import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Why a source record was linked to its customer.' })
export class MatchEvidence {
  @Field(() => Float, {
    nullable: true,
    description: 'Fellegi-Sunter match weight (log2 Bayes factor); null for rule-based links.',
  })
  score!: number | null;

  @Field({ description: 'probabilistic, deterministic, new or manual.' })
  method!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Comparison name → { level, weight }.' })
  comparisons!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  matchedIdentityId!: string | null;
}
