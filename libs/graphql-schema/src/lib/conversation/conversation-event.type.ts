import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { ConversationEventKind } from '../enums/conversation-event-kind.enum';
import { Direction } from '../enums/direction.enum';

@ObjectType({ simpleResolvers: true, description: 'One turn of the customer’s one continuous conversation.' })
export class ConversationEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'The system that reported the event.' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'The event’s id in its source; (source, externalId) is unique.' })
  externalId!: string | null;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => ConversationEventKind)
  kind!: ConversationEventKind;

  @Field(() => String, { nullable: true, description: 'Open-topic key, e.g. "billing".' })
  topic!: string | null;

  @Field(() => DateTimeResolver)
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Float, { nullable: true, description: '-1 (angry) .. 1 (delighted).' })
  sentiment!: number | null;

  @Field(() => Float, { nullable: true })
  amount!: number | null;

  @Field(() => String, { nullable: true })
  agent!: string | null;

  @Field(() => ID, { nullable: true })
  offerId!: string | null;

  @Field(() => ID, { nullable: true })
  recommendationId!: string | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}
