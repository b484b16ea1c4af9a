import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OfferRevisionAction } from '../enums/offer.enums';

@ObjectType({ simpleResolvers: true, description: 'One audited change to an offer.' })
export class OfferRevision {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The offer’s version after this change.' })
  version!: number;

  @Field(() => OfferRevisionAction)
  action!: OfferRevisionAction;

  @Field({ description: 'Who made the change (the token subject).' })
  actor!: string;

  @Field(() => GraphQLJSONObject, { description: 'Field → { from, to }.' })
  changes!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'The whole offer after the change.' })
  snapshot!: Record<string, unknown>;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}
