import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { Offer } from '../offer/offer.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'A propensity model: how likely an offer is to be accepted on a channel (or on all channels pooled), within a segment or across them, learned online from every outcome.',
})
export class PropensityModel {
  @Field(() => ID)
  offerId!: string;

  @Field(() => Offer, { nullable: true, description: 'null when the offer no longer exists.' })
  offer!: Offer | null;

  @Field(() => Channel, { nullable: true, description: 'null: the model that pools every channel.' })
  channel!: Channel | null;

  @Field(() => String, { nullable: true, description: 'null: the model across segments.' })
  segment!: string | null;

  @Field(() => Int, { description: 'Outcomes learned from (positives + negatives).' })
  evidence!: number;

  @Field(() => Int, { description: 'Outcomes counted as a success (accepted or clicked).' })
  positives!: number;

  @Field(() => Int)
  negatives!: number;

  @Field(() => Float, { description: 'Posterior mean propensity, prior included.' })
  propensity!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Area under the ROC curve of the propensities the engine used against the outcomes; null until both a success and a failure were seen.',
  })
  auc!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "The gateway's propensity models (as learned by every process, at most a few seconds old).",
})
export class PropensityModelReport {
  @Field(() => Int, { description: 'Models matching the filter (the list holds the first `first`).' })
  totalCount!: number;

  @Field(() => [PropensityModel], { description: 'Most evidence first.' })
  models!: PropensityModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'AUC over every offer × channel model together: how well propensities rank outcomes overall.',
  })
  pooledAuc!: number | null;
}
