import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { RecommendationOutcome } from '../enums/recommendation-outcome.enum';

@ObjectType({
  simpleResolvers: true,
  description: 'An offer chosen for a customer and channel, with the factors behind it.',
})
export class Recommendation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => ID, { description: 'Groups the recommendations returned by one decision.' })
  decisionId!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float, { description: 'propensity × context weight × value × lever.' })
  priority!: number;

  @Field(() => Float)
  propensity!: number;

  @Field(() => Float)
  contextWeight!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  lever!: number;

  @Field(() => [String])
  reasons!: string[];

  @Field()
  modelVersion!: string;

  @Field({ description: 'batch or realtime.' })
  source!: string;

  @Field({ description: 'Chosen at random for the control group.' })
  control!: boolean;

  @Field(() => DateTimeResolver)
  generatedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => RecommendationOutcome, { nullable: true })
  outcome!: RecommendationOutcome | null;

  @Field(() => DateTimeResolver, { nullable: true })
  outcomeAt!: Date | null;
}
