import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { Offer } from '../offer/offer.type';
import { Recommendation } from '../recommendation/recommendation.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A candidate offer the engine dropped, and the first rule or policy that dropped it.',
})
export class SuppressedOffer {
  @Field(() => Offer)
  offer!: Offer;

  @Field({
    description:
      'Where it was dropped: validity, eligibility, applicability, suitability, consent, contact-policy, outbound-cap or arbitration.',
  })
  stage!: string;

  @Field({ description: 'Id of the rule, policy or cap, e.g. "policy:complaint-silence".' })
  ruleId!: string;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => Float, { nullable: true, description: 'Priority, for offers that lost in arbitration.' })
  priority!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The next best actions for a customer on a channel, with the full explanation.',
})
export class Decision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field({ description: 'inbound (the customer is here) or outbound (we are about to contact them).' })
  direction!: string;

  @Field(() => DateTimeResolver)
  decidedAt!: Date;

  @Field()
  modelVersion!: string;

  @Field({ description: 'The whole decision was drawn at random for the control group (measures lift).' })
  control!: boolean;

  @Field(() => [Recommendation], { description: 'Ranked; each is stored and its impression recorded.' })
  recommendations!: Recommendation[];

  @Field(() => [SuppressedOffer])
  suppressed!: SuppressedOffer[];

  @Field(() => Int, { description: 'Offers with a treatment on the channel.' })
  candidateCount!: number;
}
