import { DateTimeResolver, GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { OfferKind, OfferMode, OfferStatus } from '../enums/offer.enums';
import { Treatment } from './treatment.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A catalog entry: an action the engine may choose (sale, retention save, help, education).',
})
export class Offer {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => OfferKind)
  kind!: OfferKind;

  @Field({ description: 'Taxonomy: issue (Sales, Retention, Service, Education).' })
  issue!: string;

  @Field({ description: 'Taxonomy: group within the issue (Cards, Saves, …).' })
  group!: string;

  @Field(() => [Channel])
  channels!: Channel[];

  @Field(() => [Treatment])
  treatments!: Treatment[];

  @Field(() => Float, { description: 'Margin of one acceptance.' })
  value!: number;

  @Field(() => Float, { description: 'Business lever (weight), 1 = neutral.' })
  lever!: number;

  @Field(() => OfferMode)
  mode!: OfferMode;

  @Field(() => GraphQLJSON, { nullable: true, description: 'JSON Logic rule; null means always true.' })
  eligibility!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  applicability!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  suitability!: unknown;

  @Field(() => DateTimeResolver, { nullable: true })
  validFrom!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  validTo!: Date | null;

  @Field(() => OfferStatus)
  status!: OfferStatus;

  @Field(() => Int, { description: 'Optimistic lock: pass it as expectedVersion when changing the offer.' })
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}
