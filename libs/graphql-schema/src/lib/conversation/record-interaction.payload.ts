import { Field, ObjectType } from 'type-graphql';
import { Customer } from '../customer/customer.type';
import { ConversationEvent } from './conversation-event.type';

@ObjectType({ simpleResolvers: true })
export class RecordInteractionPayload {
  @Field(() => ConversationEvent)
  event!: ConversationEvent;

  @Field(() => Customer)
  customer!: Customer;

  @Field({ description: 'False when (source, externalId) was already recorded: the call was a retry.' })
  created!: boolean;

  @Field({ description: 'True when no customer matched the identifiers and a new one was created.' })
  customerCreated!: boolean;
}
