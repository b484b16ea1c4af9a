import { DateTimeResolver } from 'graphql-scalars';
import { ArrayMaxSize } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { ConversationEventKind } from '../enums/conversation-event-kind.enum';

@InputType()
export class ConversationEventFilter {
  @Field(() => [Channel], { nullable: true })
  @ArrayMaxSize(20)
  channels?: Channel[] | null;

  @Field(() => [ConversationEventKind], { nullable: true })
  @ArrayMaxSize(20)
  kinds?: ConversationEventKind[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Events at or after this time.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Events before this time.' })
  to?: Date | null;
}
