import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'What an erasure removed or anonymised.' })
export class EraseCustomerPayload {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DateTimeResolver)
  erasedAt!: Date;

  @Field(() => Int)
  identitiesDeleted!: number;

  @Field(() => Int, {
    description: 'Conversation events whose free text was removed (the events stay for aggregates).',
  })
  eventsAnonymised!: number;

  @Field({ description: 'False when the customer had already been erased.' })
  changed!: boolean;
}
