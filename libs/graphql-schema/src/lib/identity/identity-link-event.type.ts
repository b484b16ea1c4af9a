import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'An audited merge of two customers or split of an identity, undoable.',
})
export class IdentityLinkEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'merge or split.' })
  kind!: string;

  @Field(() => ID)
  fromCustomerId!: string;

  @Field(() => ID)
  toCustomerId!: string;

  @Field(() => [ID])
  identityIds!: string[];

  @Field()
  actor!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  undoneAt!: Date | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Match evidence given for the change.' })
  evidence!: Record<string, unknown> | null;
}
