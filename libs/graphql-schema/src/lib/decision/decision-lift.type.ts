import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';

@ObjectType({
  simpleResolvers: true,
  description: 'Real-time recommendations of one group and how they were answered.',
})
export class LiftGroup {
  @Field(() => Int)
  recommendations!: number;

  @Field(() => Int, { description: 'Recommendations with a positive outcome (accepted or clicked).' })
  positives!: number;

  @Field(() => Float, { description: 'positives / recommendations (0 when there are none).' })
  rate!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What the models earn over the random control group: real-time recommendations in a window, model-driven against control, with a confidence interval on the difference of their success rates.',
})
export class DecisionLift {
  @Field(() => DateTimeResolver)
  since!: Date;

  @Field(() => DateTimeResolver)
  until!: Date;

  @Field(() => Channel, { nullable: true })
  channel!: Channel | null;

  @Field(() => ID, { nullable: true })
  offerId!: string | null;

  @Field(() => [String], { description: 'The outcomes counted as a success (those the models learn as positive).' })
  positiveOutcomes!: string[];

  @Field(() => LiftGroup)
  model!: LiftGroup;

  @Field(() => LiftGroup)
  control!: LiftGroup;

  @Field(() => Float, {
    nullable: true,
    description: 'model rate / control rate − 1; null while the control has no success.',
  })
  lift!: number | null;

  @Field(() => Float, { description: 'model rate − control rate.' })
  difference!: number;

  @Field(() => Float)
  differenceLower!: number;

  @Field(() => Float)
  differenceUpper!: number;

  @Field(() => Float, { description: 'Confidence level of [differenceLower, differenceUpper].' })
  confidence!: number;
}
