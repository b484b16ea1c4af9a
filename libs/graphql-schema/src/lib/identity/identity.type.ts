import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { MatchEvidence } from './match-evidence.type';

@ObjectType({
  simpleResolvers: true,
  description: 'One source record (crm, web, call_center, whatsapp, …) linked to a customer.',
})
export class Identity {
  @Field(() => ID)
  id!: string;

  @Field()
  source!: string;

  @Field({ description: 'The record’s key in its source system.' })
  sourceKey!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'As received; masked for viewers.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'As received; masked for viewers.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for viewers.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for viewers.' })
  addressLine!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Other raw attributes of the source record; null for viewers.',
  })
  attributes!: Record<string, unknown> | null;

  @Field(() => MatchEvidence, { nullable: true })
  matchEvidence!: MatchEvidence | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}
